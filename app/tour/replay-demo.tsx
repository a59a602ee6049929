"use client";
// Client component: one button runs the copy → logout → replay sequence and shows both answers.

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { post } from "@/app/compare/requests";
import type { CaptureView } from "@/lib/compare/captures";
import { AUTH_AREAS, type AuthArea } from "@/lib/config/types";

type Outcome = { copied: number | null; logout: number; replay: number | null };

/** The whole lesson in one click: copy both credentials, log out of both, replay the copies. */
export function ReplayDemo() {
  const router = useRouter();
  const t = useTranslations("tour.ui");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Record<AuthArea, Outcome> | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const copies = (await post("/api/compare/capture")).json as Record<
        AuthArea,
        CaptureView | null
      >;
      const logouts = await Promise.all(AUTH_AREAS.map((area) => post(`/api/${area}/logout`)));
      const replay = async (area: AuthArea) => {
        const copy = copies[area];
        if (copy === null) return null;
        return (
          (await post("/api/compare/replay", { handle: copy.handle })).json as { status: number }
        ).status;
      };
      const [session, jwt] = await Promise.all(AUTH_AREAS.map(replay));
      setOutcome({
        session: {
          copied: copies.session?.bytes ?? null,
          logout: logouts[0]!.status,
          replay: session ?? null,
        },
        jwt: { copied: copies.jwt?.bytes ?? null, logout: logouts[1]!.status, replay: jwt ?? null },
      });
      router.refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-2 text-sm">
      <button
        type="button"
        onClick={() => void run()}
        disabled={busy}
        className="rounded-md bg-slate-900 px-3 py-1.5 text-white disabled:opacity-60"
      >
        {t("replay")}
      </button>
      {outcome &&
        AUTH_AREAS.map((area) => {
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
