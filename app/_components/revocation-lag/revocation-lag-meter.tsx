"use client";
// Client component: the meter's event buttons start a run; its clocks tick with live replays.

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatMoment } from "@/app/_components/inspector/format";
import { AUTH_AREAS } from "@/config/types";
import { ADMIN_EVENTS, type LagEvent, type LagRun } from "@/lib/compare/revocation-lag/types";
import { LagClockCard } from "./lag-clock";
import { useReplayLoop } from "./use-replay-loop";

/**
 * The revocation-lag meter: after an event, how long a copied credential keeps working in each
 * mechanism, measured by replaying it every second. It works on logins made for the purpose
 * (a throw-away account, on the server), never on the visitor's own. `adminPassword` is needed
 * only for the admin's events (a role change, disabling the account).
 */
export function RevocationLagMeter({
  events,
  adminPassword = "",
  labels = {},
}: {
  events: readonly LagEvent[];
  adminPassword?: string;
  /** A button's own words where the host page has them (the tour's step names its button). */
  labels?: Partial<Record<LagEvent, string>>;
}) {
  const t = useTranslations("revocationLag");
  const locale = useLocale();
  const [run, setRun] = useState<LagRun | null>(null);
  // When the run arrived: the moment its times are said relative to ("just now (12:31)").
  const [receivedAt, setReceivedAt] = useState(0);
  const [busy, setBusy] = useState<LagEvent | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const clocks = useReplayLoop(run);

  const start = async (event: LagEvent) => {
    setBusy(event);
    setProblem(null);
    try {
      const admin = ADMIN_EVENTS.includes(event)
        ? { username: "admin", password: adminPassword }
        : undefined;
      const response = await fetch("/api/compare/revocation-lag", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ event, admin }),
      });
      const answer = (await response.json()) as LagRun & { error?: string };
      if (!response.ok) {
        setProblem(
          t.has(`problem.${answer.error}`)
            ? t(`problem.${answer.error}`)
            : t("problem.other", { status: response.status }),
        );
        return;
      }
      setReceivedAt(Date.now());
      setRun(answer);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="space-y-3" data-testid="revocation-lag">
      <div className="flex flex-wrap gap-2">
        {events.map((event) => {
          const needsPassword = ADMIN_EVENTS.includes(event) && adminPassword === "";
          return (
            <button
              key={event}
              type="button"
              disabled={busy !== null || needsPassword}
              onClick={() => void start(event)}
              className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-60"
            >
              {busy === event ? t("running") : (labels[event] ?? t(`event.${event}`))}
            </button>
          );
        })}
      </div>
      {events.some((event) => ADMIN_EVENTS.includes(event)) && adminPassword === "" && (
        <p className="text-xs text-slate-600">{t("needsAdmin")}</p>
      )}
      {problem !== null && (
        <p role="alert" className="text-sm text-amber-800" data-testid="lag-problem">
          {problem}
        </p>
      )}
      {run !== null && (
        <>
          <p className="text-sm" data-testid="lag-event">
            {t("done", {
              event: run.event,
              at: formatMoment(run.eventAt, receivedAt, locale),
            })}
          </p>
          <div className="grid gap-3 md:grid-cols-3">
            {AUTH_AREAS.map((area) => (
              <LagClockCard
                key={area}
                area={area}
                run={run}
                clock={clocks[area]}
                now={receivedAt}
              />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
