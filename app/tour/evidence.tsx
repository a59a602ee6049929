"use client";
// Client component: each step's evidence is this browser's live state and traces.

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LiveState } from "@/app/_components/inspector/live-state";
import { SequenceSection } from "@/app/_components/inspector/sequence-section";
import { useSharedInspector } from "@/app/_components/inspector/shared-inspector";
import { LoginForm } from "@/app/_components/login-form";
import type { AuthArea } from "@/config/types";
import type { InspectorState } from "@/lib/inspect/state";
import { TOUR_AREAS, type TourEvidence } from "@/lib/learn/tour";
import { logInToAllForTourAction } from "./actions";
import { ClockDemo } from "./clock-demo";
import { ReplayDemo } from "./replay-demo";
import { RevokeDemo } from "./revoke-demo";
import { RunButton } from "./run-button";
import { XssDemo } from "./xss-demo";

/** Who this browser is logged in as, per area, as the server's own checks judge it now. */
function who(state: InspectorState): Record<AuthArea, string | null> {
  const payload = (state.jwt.token?.payload ?? {}) as { name?: unknown };
  const seal = state.cookie.seal;
  return {
    session: state.session.record?.user.displayName ?? null,
    sealed: seal?.verified && seal.data !== null ? seal.data.name : null,
    jwt: state.jwt.token?.verified && typeof payload.name === "string" ? payload.name : null,
  };
}

/** One column per mechanism, side by side where the page is wide enough. */
function AreaColumns({
  render,
  stacked = false,
}: {
  render: (area: AuthArea) => ReactNode;
  stacked?: boolean;
}) {
  const t = useTranslations("tour.ui");
  return (
    <div className={stacked ? "space-y-2" : "grid gap-2 lg:grid-cols-3"}>
      {TOUR_AREAS.map((area) => (
        <div key={area} className="min-w-0 space-y-2 rounded border border-slate-200 p-2">
          <h3 className="text-sm font-semibold">{t(area)}</h3>
          {render(area)}
        </div>
      ))}
    </div>
  );
}

// The steps that show this browser's own logins. (A step that needs another state makes it on
// another device of the same user: app/tour/other-device-actions.ts.)
const NEEDS_LOGIN = new Set<TourEvidence>(["keeps", "cost", "revoke", "clock", "threats"]);

/** The live evidence of one tour step (`step`: its number, to come back to after a login). */
export function TourLiveEvidence({ kind, step }: { kind: TourEvidence; step: number }) {
  const { state, traces } = useSharedInspector();
  const t = useTranslations("tour.ui");
  if (state === null) return <p className="text-sm">{t("loading")}</p>;
  const logged = who(state);
  const loggedOut = TOUR_AREAS.some((area) => logged[area] === null);
  if (kind === "login") {
    return (
      <ul className="text-sm" data-testid="tour-login-state">
        {TOUR_AREAS.map((area) => (
          <li key={area} data-testid={`tour-login-${area}`}>
            {t("areaState", { area: t(area), who: logged[area] ?? "none" })}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <>
      {NEEDS_LOGIN.has(kind) && loggedOut && (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
          <p>{t("loginAgain")}</p>
          <LoginForm action={logInToAllForTourAction} next={`/tour/${step}`} />
        </div>
      )}
      <StepEvidence kind={kind} traces={traces} />
    </>
  );
}

function StepEvidence({
  kind,
  traces,
}: {
  kind: TourEvidence;
  traces: ReturnType<typeof useSharedInspector>["traces"];
}) {
  const t = useTranslations("tour.ui");
  if (kind === "keeps") return <AreaColumns render={(area) => <LiveState area={area} />} />;
  if (kind === "cost") {
    const callEach = async () => {
      for (const area of TOUR_AREAS) await fetch(`/api/${area}/me`, { cache: "no-store" });
    };
    const apiCalls = traces.filter((trace) => trace.path.startsWith("/api/"));
    return (
      <div className="space-y-2">
        <RunButton label={t("callOnce")} onRun={callEach} />
        <AreaColumns stacked render={(area) => <SequenceSection traces={apiCalls} area={area} />} />
      </div>
    );
  }
  if (kind === "replay") return <ReplayDemo />;
  if (kind === "revoke") return <RevokeDemo />;
  if (kind === "clock") return <ClockDemo />;
  if (kind === "threats") return <XssDemo />;
  return null;
}
