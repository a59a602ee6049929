import type { ReactNode } from "react";

/**
 * A table wider than a phone scrolls inside its own box, never the page: the page keeps its width
 * at 390 px. Focusable and named, so a keyboard can scroll it and a screen reader says what it is.
 */
export function ScrollsSideways({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
