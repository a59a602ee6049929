"use client";
// Client component: one mechanism's clock on the revocation-lag meter, and why it reads so.

import { useLocale, useTranslations } from "next-intl";
import { formatMoment } from "@/app/_components/inspector/format";
import type { AuthArea } from "@/config/types";
import { whyKey, type LagClock } from "@/lib/compare/revocation-lag/clock";
import type { LagRun } from "@/lib/compare/revocation-lag/types";

export function LagClockCard({
  area,
  run,
  clock,
  now,
}: {
  area: AuthArea;
  run: LagRun;
  clock: LagClock;
  /** The moment times are said relative to. */
  now: number;
}) {
  const t = useTranslations("revocationLag");
  const locale = useLocale();
  const expiresAt = run.copies[area].expiresAt;
  const until = expiresAt === null ? "" : formatMoment(expiresAt, now, locale);
  const roleEvent = run.event === "role_change";
  const reading = (): string => {
    switch (clock.phase) {
      case "waiting":
        return t("clock.waiting");
      case "accepted":
        return roleEvent
          ? t("clock.staleRole", { seconds: clock.seconds, role: run.roleBefore })
          : t("clock.accepted", { seconds: clock.seconds });
      case "refused":
        return roleEvent && clock.status === 200
          ? t("clock.newRole", { seconds: clock.seconds, role: clock.role ?? "" })
          : t("clock.refused", { seconds: clock.seconds, status: clock.status });
      case "capped":
        return t("clock.capped", { minutes: Math.floor(clock.seconds / 60), until });
      case "stopped":
        return t("clock.stopped", { seconds: clock.seconds });
    }
  };
  const queries =
    clock.phase === "accepted" || clock.phase === "refused" || clock.phase === "capped"
      ? clock.queries
      : null;
  return (
    <section
      aria-label={t(`area.${area}`)}
      data-testid={`lag-${area}`}
      data-phase={clock.phase}
      className="min-w-0 space-y-1 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm"
    >
      <h3 className="font-semibold">{t(`area.${area}`)}</h3>
      <p
        className="text-base font-semibold tabular-nums"
        data-testid={`lag-${area}-reading`}
        aria-live={clock.phase === "accepted" ? "off" : "polite"}
      >
        {reading()}
      </p>
      {clock.phase !== "waiting" && (
        <p className="text-slate-700" data-testid={`lag-${area}-why`}>
          {t(`why.${whyKey(clock, run, area)}`, {
            cache: run.cookieCacheSeconds,
            until,
            role: run.roleBefore,
          })}
        </p>
      )}
      {queries !== null && (
        <p className="text-xs text-slate-600" data-testid={`lag-${area}-cost`}>
          {t("cost", { queries })}
        </p>
      )}
    </section>
  );
}
