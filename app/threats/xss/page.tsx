import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, HowItWorks, Notice } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { xssLabOrigin } from "@/app/threats/lab-origins";
import { XSS_VICTIM_PAGE } from "@/lib/threats/xss-policy";
import { LANGUAGE_PARAM } from "@/lib/threats/xss-origin-gate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.xss"))("metaTitle") };
}

/** An injection on an isolated toy page: what HttpOnly and a CSP each do and do not stop. */
export default async function XssLabPage() {
  const { lab } = await xssLabOrigin();
  const t = await getTranslations("threats.xss");
  // The lab's origin is another host: the page's language goes along in the address.
  const language = `?${LANGUAGE_PARAM}=${await getLocale()}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card title={t("guestbookTitle")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
        {lab === null ? (
          <Notice tone="warning">{t.rich("noOrigin", RICH)}</Notice>
        ) : (
          <a
            className="font-semibold break-all underline"
            href={`${lab}${XSS_VICTIM_PAGE}${language}`}
          >
            {t("open")} (<span translate="no">{lab}</span>)
          </a>
        )}
      </Card>
      <HowItWorks>
        <p>{t.rich("how1", RICH)}</p>
        <p>{t.rich("how2", RICH)}</p>
        <p>{t.rich("how3", RICH)}</p>
        <p>{t.rich("how4", RICH)}</p>
      </HowItWorks>
    </div>
  );
}
