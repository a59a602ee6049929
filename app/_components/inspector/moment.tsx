"use client";

import { useLocale } from "next-intl";
import { formatMoment } from "./format";

/** A time claim said in words and clock time, below its seconds since 1970. */
export function Moment({ at, now, testId }: { at: number | null; now: number; testId?: string }) {
  const locale = useLocale();
  if (at === null) return null;
  return (
    <span className="block text-slate-600" data-testid={testId}>
      {formatMoment(at, now, locale)}
    </span>
  );
}
