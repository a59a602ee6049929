"use client";
// Client component: each step's evidence is this browser's live state and traces.

import { useTranslations } from "next-intl";
import { ClockSection } from "@/app/_components/inspector/clock-section";
import { LiveState } from "@/app/_components/inspector/live-state";
import { SequenceSection } from "@/app/_components/inspector/sequence-section";
import { ServerSection } from "@/app/_components/inspector/server-section";
import { useSharedInspector } from "@/app/_components/inspector/shared-inspector";
import { TokenSection } from "@/app/_components/inspector/token-section";
import type { InspectorState } from "@/lib/inspect/state";
import type { Trace } from "@/lib/inspect/trace";
import type { TourEvidence } from "@/lib/learn/tour";
import { LoginForm } from "@/app/_components/login-form";
import { logInBothForTourAction } from "./actions";
import { ReplayDemo } from "./replay-demo";
import { RevokeDemo } from "./revoke-demo";
import { RunButton } from "./run-button";
import { XssDemo } from "./xss-demo";

function who(state: InspectorState): { session: string | null; jwt: string | null } {
  const payload = (state.jwt.token?.payload ?? {}) as { name?: unknown };
  return {
    session: state.session.record?.user.username ?? null,
    jwt: state.jwt.token?.verified && typeof payload.name === "string" ? payload.name : null,
  };
}

function Column({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0 space-y-2 rounded border border-slate-200 p-2">
      <h3 className="text-sm font-semibold">{title}</h3>
      {children}
    </div>
  );
}

// The steps that need a login in both areas (an earlier step may have ended it).
const NEEDS_LOGIN = new Set<TourEvidence>([
  "keeps",
  "cost",
  "replay",
  "revoke",
  "clock",
  "threats",
]);

/** The live evidence of one tour step (`step`: its number, to come back to after a login). */
export function TourLiveEvidence({ kind, step }: { kind: TourEvidence; step: number }) {
  const { state, traces, refresh } = useSharedInspector();
  const t = useTranslations("tour.ui");
  if (state === null) return <p className="text-sm">{t("loading")}</p>;
  const logged = who(state);
  const loginAgain = NEEDS_LOGIN.has(kind) && (logged.session === null || logged.jwt === null) && (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm">
      <p>{t("loginAgain")}</p>
      <LoginForm action={logInBothForTourAction} next={`/tour/${step}`} />
    </div>
  );
  return (
    <>
      {loginAgain}
      <StepEvidence kind={kind} state={state} logged={logged} traces={traces} refresh={refresh} />
    </>
  );
}

function StepEvidence({
  kind,
  state,
  logged,
  traces,
  refresh,
}: {
  kind: TourEvidence;
  state: InspectorState;
  logged: ReturnType<typeof who>;
  traces: Trace[];
  refresh: () => void;
}) {
  const t = useTranslations("tour.ui");
  if (kind === "login") {
    return (
      <ul className="text-sm" data-testid="tour-login-state">
        <li>{t("areaState", { area: t("session"), who: logged.session ?? "none" })}</li>
        <li>{t("areaState", { area: t("jwt"), who: logged.jwt ?? "none" })}</li>
      </ul>
    );
  }
  if (kind === "keeps") {
    return (
      <div className="grid gap-2 xl:grid-cols-2">
        <Column title={t("session")}>
          <LiveState area="session" />
        </Column>
        <Column title={t("jwt")}>
          <LiveState area="jwt" />
        </Column>
      </div>
    );
  }
  if (kind === "revoke") {
    return (
      <div className="space-y-2">
        <RevokeDemo />
        <div className="grid gap-2 xl:grid-cols-2">
          <Column title={t("sessionKeeps")}>
            <ServerSection state={state} area="session" />
          </Column>
          <Column title={t("jwtKeeps")}>
            <ServerSection state={state} area="jwt" />
          </Column>
        </div>
      </div>
    );
  }
  if (kind === "cost") {
    const callBoth = async () => {
      for (const area of ["session", "jwt"]) await fetch(`/api/${area}/me`, { cache: "no-store" });
    };
    return (
      <div className="space-y-2">
        <RunButton label={t("callOnce")} onRun={callBoth} />
        <div className="space-y-2">
          <Column title={t("sessionRequest")}>
            <SequenceSection
              traces={traces.filter((t) => t.path.startsWith("/api/"))}
              area="session"
            />
          </Column>
          <Column title={t("jwtRequest")}>
            <SequenceSection traces={traces.filter((t) => t.path.startsWith("/api/"))} area="jwt" />
          </Column>
        </div>
      </div>
    );
  }
  if (kind === "replay") return <ReplayDemo />;
  if (kind === "threats") return <XssDemo />;
  if (kind === "clock") {
    return (
      <div className="space-y-2">
        <ClockSection state={state} onChange={refresh} />
        <div className="grid gap-2 xl:grid-cols-2">
          <Column title={t("sessionRecord")}>
            <ServerSection state={state} area="session" />
          </Column>
          <Column title={t("jwt")}>
            <TokenSection state={state} area="jwt" />
          </Column>
        </div>
      </div>
    );
  }
  return null;
}
