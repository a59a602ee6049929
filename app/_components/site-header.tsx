import { headers } from "next/headers";
import Link from "next/link";
import { getPreferredMode, getPreferredTheme } from "@/lib/mode";
import { THEMES } from "@/lib/validation";
import { startOverAction } from "@/app/_actions/reset";
import { AccountStatus } from "./account-status";

const MODES = [
  { mode: "session", label: "Session" },
  { mode: "jwt", label: "JWT" },
] as const;

const LINKS = [
  ["/tour", "Start here"],
  ["/learn", "Learn"],
  ["/guide", "Which to choose?"],
  ["/faq", "FAQ"],
  ["/compare", "Compare"],
  ["/threats", "Threats"],
  ["/claims", "Claims"],
  ["/signup", "Sign up"],
] as const;

const THEME_LABELS = { system: "Auto", light: "Light", dark: "Dark" } as const;

/** Site header with the mode toggle: a plain form, so it works without JavaScript too. */
export async function SiteHeader() {
  const preferred = await getPreferredMode();
  const theme = await getPreferredTheme();
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
            Session vs JWT Lab
          </Link>
          {LINKS.map(([href, label]) => (
            <Link
              key={href}
              href={href}
              prefetch={false}
              className="text-sm text-slate-700 hover:text-slate-900"
            >
              {label}
            </Link>
          ))}
        </nav>
        <AccountStatus renderId={renderId} />
        <form action={startOverAction}>
          <button
            type="submit"
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
            title="Log this browser out of every area, reset its clock, delete its throw-away account and forget the tour"
          >
            Start over
          </button>
        </form>
        <form
          method="post"
          action="/api/mode"
          aria-label="Authentication mode"
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
          aria-label="Theme"
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
              {THEME_LABELS[value]}
            </button>
          ))}
        </form>
      </div>
    </header>
  );
}
