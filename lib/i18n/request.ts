import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { cookieSettings } from "@/config/cookies";
import { isLocale, negotiateLocale } from "@/lib/i18n/locales";

/** The language of this request: the cookie, else Accept-Language; one messages file each. */
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(cookieSettings.language.name)?.value;
  const locale = isLocale(chosen)
    ? chosen
    : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: (await import(`../../messages/${locale}.json`)).default };
});
