import { headers } from "next/headers";
import Link from "next/link";
import { getPreferredMode, getPreferredTheme } from "@/lib/mode";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { THEMES } from "@/lib/validation";
import { startOverAction } from "@/app/_actions/reset";
import { AccountStatus } from "./account-status";

const MODES = [
  { mode: "session", label: "Session" },
  { mode: "jwt", label: "JWT" },
] as const;

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
          <form action={startOverAction}>
            <button
              type="submit"
              className="rounded-md border border-slate-300 px-2 py-1 text-sm"
              title={t("startOverTitle")}
            >
              {t("startOver")}
            </button>
          </form>
          <form
            method="post"
            action="/api/mode"
            aria-label={t("mode")}
            className="flex rounded-md border border-slate-300 p-0.5"
          >
            {MODES.map(({ mode, label }) => (
              <button
                key={mode}
                type="submit"
                name="mode"
                value={mode}
                aria-pressed={preferred === mode}
                className="rounded px-3 py-1 text-sm aria-pressed:bg-slate-900 aria-pressed:text-white"
              >
                {label}
              </button>
            ))}
          </form>
          <form
            method="post"
            action="/api/theme"
            aria-label={t("theme")}
            className="flex rounded-md border border-slate-300 p-0.5"
          >
            {THEMES.map((value) => (
              <button
                key={value}
                type="submit"
                name="theme"
                value={value}
                aria-pressed={theme === value}
                className="rounded px-2 py-1 text-sm aria-pressed:bg-slate-900 aria-pressed:text-white"
              >
                {t(`themes.${value}`)}
              </button>
            ))}
          </form>
          <form
            method="post"
            action="/api/language"
            aria-label={t("language")}
            className="flex rounded-md border border-slate-300 p-0.5"
          >
            {LOCALES.map((value) => (
              <button
                key={value}
                type="submit"
                name="locale"
                value={value}
                lang={value}
                aria-pressed={locale === value}
                className="rounded px-2 py-1 text-sm aria-pressed:bg-slate-900 aria-pressed:text-white"
              >
                {LOCALE_NAMES[value]}
              </button>
            ))}
          </form>
        </div>
      </div>
    </header>
  );
}
