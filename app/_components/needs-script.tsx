import type { ReactNode } from "react";

/**
 * Said only when scripts are off: what on this screen needs JavaScript, so a reader without it
 * sees why instead of "Loading…" forever. Logging in and out works without it everywhere.
 * Shown by default and hidden by the one-line script in the layout's head (it marks
 * `<html data-js="on">` before the body is painted) — unlike `<noscript>`, this also holds in
 * browsers that merely block script execution.
 */
export function NeedsScript({ children }: { children: ReactNode }) {
  return (
    <p className="needs-script rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
      {children}
    </p>
  );
}
