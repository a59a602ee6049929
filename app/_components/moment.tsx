import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { formatMoment } from "@/app/_components/inspector/format";

/**
 * A moment as a newcomer reads it — "in 14m 2s (12:31)", "3m ago (12:14)" — with the exact UTC
 * time on hover. `now` is the time the page judges by (the fast-forward clock's, where it runs).
 */
export async function Moment({
  value,
  now,
}: {
  value: Date | number;
  now: number;
}): Promise<ReactNode> {
  const at = typeof value === "number" ? value : value.getTime();
  const iso = new Date(at).toISOString();
  return (
    <time dateTime={iso} title={`${iso.replace("T", " ").slice(0, 19)} UTC`}>
      {formatMoment(at, now, await getLocale())}
    </time>
  );
}
