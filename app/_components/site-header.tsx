import { headers } from "next/headers";
import Link from "next/link";
import { getPreferredMode, getPreferredTheme } from "@/lib/lab/preferences";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { THEMES } from "@/lib/validation/lab";
import { startOverAction } from "@/app/_actions/reset";
import { AccountStatus } from "./account-status";
import { ChoiceForm } from "./choice-form";
import { StartOverButton } from "./start-over-button";

const MODES = ["session", "sealed", "jwt"] as const;

const LINKS = [
  ["/tour", "tour"],
  ["/learn", "learn"],
  ["/guide", "guide"],
  ["/faq", "faq"],
  ["/compare", "compare"],
  ["/threats", "threats"],
  ["/claims", "claims"],
  ["/signup", "signup"],
] as const;

/** Site header with the mode toggle: a plain form, so it works without JavaScript too. */
export async function SiteHeader() {
  const preferred = await getPreferredMode();
  const theme = await getPreferredTheme();
  const locale = await getLocale();
  const t = await getTranslations("header");
  const areas = await getTranslations("areas");
  // New with every server render (a login's redirect, router.refresh()), so the login state is
  // asked again even when the path stays the same.
  const renderId = (await headers()).get("x-nonce") ?? "";
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-1">
          {/* No prefetching: every page here is rendered per request, so a prefetch would cost
              the server a render per link per page view (and the offline check-in desk must
              make no request at all). */}
          <Link href="/" prefetch={false} className="font-semibold">
            {t("home")}
          </Link>
          {LINKS.map(([href, key]) => (
            <Link
              key={href}
              href={href}
              prefetch={false}
              className="text-sm text-slate-700 hover:text-slate-900"
            >
              {t(`nav.${key}`)}
            </Link>
          ))}
        </nav>
        <AccountStatus renderId={renderId} />
        {/* The controls together on the right: starting over, then the three preferences. */}
        <div className="flex flex-wrap items-center gap-2">
          <StartOverButton
            action={startOverAction}
            label={t("startOver")}
            title={t("startOverTitle")}
          />
          <ChoiceForm
            action="/api/mode"
            label={t("mode")}
            name="mode"
            current={preferred}
            choices={MODES.map((mode) => ({ value: mode, label: areas(mode) }))}
          />
          <ChoiceForm
            action="/api/theme"
            label={t("theme")}
            name="theme"
            current={theme}
            choices={THEMES.map((value) => ({ value, label: t(`themes.${value}`) }))}
          />
          <ChoiceForm
            action="/api/language"
            label={t("language")}
            name="locale"
            current={locale}
            choices={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value], lang: value }))}
          />
        </div>
      </div>
    </header>
  );
}
