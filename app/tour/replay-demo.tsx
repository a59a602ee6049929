"use client";
// Client component: one button runs the copy → logout → replay sequence and shows both answers.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { post } from "@/app/compare/requests";
import type { CaptureView } from "@/lib/compare/captures";
import type { AuthArea } from "@/config/types";
import { RunButton } from "./run-button";

type Outcome = { copied: number | null; logout: number; replay: number | null };
// The tour compares the two ends (the sealed cookie sits between them, on /compare).
const TOUR_AREAS = ["session", "jwt"] as const;
type TourArea = (typeof TOUR_AREAS)[number];

/** The whole lesson in one click: copy both credentials, log out of both, replay the copies. */
export function ReplayDemo() {
  const t = useTranslations("tour.ui");
  const [outcome, setOutcome] = useState<Record<TourArea, Outcome> | null>(null);
  const run = async () => {
    const copies = (await post("/api/compare/capture")).json as Record<
      AuthArea,
      CaptureView | null
    >;
    const logouts = await Promise.all(TOUR_AREAS.map((area) => post(`/api/${area}/logout`)));
    const replay = async (area: AuthArea) => {
      const copy = copies[area];
      if (copy === null) return null;
      return (
        (await post("/api/compare/replay", { handle: copy.handle })).json as { status: number }
      ).status;
    };
    const [session, jwt] = await Promise.all(TOUR_AREAS.map(replay));
    setOutcome({
      session: {
        copied: copies.session?.bytes ?? null,
        logout: logouts[0]!.status,
        replay: session ?? null,
      },
      jwt: { copied: copies.jwt?.bytes ?? null, logout: logouts[1]!.status, replay: jwt ?? null },
    });
  };
  return (
    <div className="space-y-2 text-sm">
      <RunButton label={t("replay")} onRun={run} />
      {outcome &&
        TOUR_AREAS.map((area) => {
          const o = outcome[area];
          return (
            <p key={area} data-testid={`tour-replay-${area}`} className="rounded bg-slate-50 p-2">
              <strong>{t(area)}:</strong>{" "}
              {o.copied === null ? (
                t("nothingToCopy")
              ) : (
                <>
                  {t("replayed", { bytes: o.copied, logout: o.logout })}{" "}
                  <strong data-testid={`tour-replay-${area}-status`}>{o.replay}</strong>
                  {o.replay === 200 ? t("stillAccepted") : t("refused")}
                </>
              )}
            </p>
          );
        })}
    </div>
  );
}
