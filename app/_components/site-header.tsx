import { cookies, headers } from "next/headers";
import Link from "next/link";
import { getPreferredMode, getPreferredTheme } from "@/lib/lab/preferences";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { THEMES } from "@/lib/validation/lab";
import { startOverAction } from "@/app/_actions/reset";
import { isThrowawayAccount, labAccountOf } from "@/lib/compare/lab-account";
import { inVisitorLab } from "@/lib/auth/visitor-lab/labs";
import { AccountStatus } from "./account-status";
import { ChoiceForm } from "./choice-form";
import { StartOverButton, type StartOverWords } from "./start-over-button";

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

/**
 * What "Start over" will delete — startOverAction's steps in order, then what page script forgets
 * — with the throw-away account only when this browser has one (its cookie may outlive the
 * account, which is deleted after two hours).
 */
async function startOverWords(): Promise<StartOverWords> {
  const t = await getTranslations("header");
  const account = labAccountOf(await cookies());
  const hasAccount = account !== null && (await isThrowawayAccount(account));
  const items = [
    "logins",
    "clock",
    ...(hasAccount ? ["account"] : []),
    ...(inVisitorLab() ? ["lab"] : []),
    "tour",
    "scriptTokens",
  ];
  return {
    label: t("startOver"),
    title: t("startOverConfirm.title"),
    deletes: t("startOverConfirm.deletes"),
    items: items.map((item) => t(`startOverConfirm.${item}`)),
    keeps: t("startOverConfirm.keeps"),
    confirm: t("startOverConfirm.confirm"),
    cancel: t("startOverConfirm.cancel"),
  };
}

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
          <StartOverButton action={startOverAction} words={await startOverWords()} />
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
