"use client";
// Client component: the buttons run each step on both mechanisms and show the outcomes live.

import { useLocale, useTranslations } from "next-intl";
import { RevocationLagMeter } from "@/app/_components/revocation-lag/revocation-lag-meter";
import { LAG_EVENTS } from "@/lib/compare/revocation-lag/types";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useInspector, useJudgedNow } from "@/app/_components/inspector/use-inspector";
import type { CaptureView } from "@/lib/compare/captures";
import type { Trace } from "@/lib/inspect/trace";
import { AdminSteps } from "./admin-steps";
import {
  CallApisStep,
  CopyCredentialsStep,
  LogOutStep,
  ReplayCopiesStep,
  type ReplayAnswer,
} from "./credential-steps";
import { StatePane } from "./state-pane";
import { CALLS, post, summarise, type AdminStepResult, type CallSummary } from "./requests";
import { AREAS, forEachArea, type Area, type PerArea } from "./step";

export function CompareBoard({
  users,
  onLabAccount,
  cookieCacheSeconds,
  demoAdminPassword,
}: {
  users: PerArea<string | null>;
  /** Logged in with this browser's throw-away account (steps 5 and 6 need it). */
  onLabAccount: boolean;
  /** The session area's cookie cache (admin setting; 0 = off): what steps 5 and 6 then show. */
  cookieCacheSeconds: number;
  /** The demo admin's password, to print; null on a hosted instance, where no page shows it. */
  demoAdminPassword: string | null;
}) {
  const router = useRouter();
  const { state, traces, refresh } = useInspector();
  const now = useJudgedNow(state);
  const locale = useLocale();
  const t = useTranslations();
  const [busy, setBusy] = useState(false);
  const [calls, setCalls] = useState<PerArea<CallSummary> | null>(null);
  const [copies, setCopies] = useState<PerArea<CaptureView | null> | null>(null);
  const [logouts, setLogouts] = useState<PerArea<number> | null>(null);
  const [replays, setReplays] = useState<PerArea<ReplayAnswer | null> | null>(null);

  const run = (work: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const callApis = run(async () => {
    for (let i = 0; i < CALLS; i++) {
      for (const area of AREAS) await fetch(`/api/${area}/me`, { cache: "no-store" });
    }
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the last traces land
    const recent = (await (await fetch("/api/inspect/recent", { cache: "no-store" })).json()) as {
      traces: Trace[];
    };
    setCalls(await forEachArea(async (area) => summarise(recent.traces, area)));
  });

  const copy = run(async () => {
    setCopies((await post("/api/compare/capture")).json as PerArea<CaptureView | null>);
    setReplays(null);
  });

  const logOut = run(async () => {
    setLogouts(await forEachArea(async (area) => (await post(`/api/${area}/logout`)).status));
    router.refresh();
  });

  const [adminPassword, setAdminPassword] = useState("");
  const [adminSteps, setAdminSteps] = useState<Record<string, AdminStepResult>>({});

  const adminStep = (action: "logout" | "toggle_role") =>
    run(async () => {
      const { status, json } = await post("/api/compare/admin", {
        action,
        admin: { username: "admin", password: adminPassword },
      });
      const seen = async (area: Area) => {
        const response = await fetch(`/api/${area}/me`, { cache: "no-store" });
        const body = (await response.json()) as { user?: { role?: string } };
        return { status: response.status, role: body.user?.role ?? null };
      };
      if (status !== 200) {
        // Nothing was changed: say what to do, and ask neither area anything.
        const code = (json as { error?: string } | null)?.error;
        const message = t.has(`compare.adminErrors.${code}`)
          ? t(`compare.adminErrors.${code}`)
          : t("compare.adminErrors.other", { status });
        setAdminSteps((previous) => ({ ...previous, [action]: { admin: message, after: null } }));
        return;
      }
      const after = await forEachArea(seen);
      setAdminSteps((previous) => ({ ...previous, [action]: { admin: "done", after } }));
      router.refresh();
    });

  const replay = run(async () => {
    const outcome = async (area: Area) => {
      const copy = copies?.[area];
      if (!copy) return null;
      const { json } = await post("/api/compare/replay", { handle: copy.handle });
      return json as ReplayAnswer;
    };
    setReplays(await forEachArea(outcome));
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <StatePane users={users} state={state} traces={traces} refresh={refresh} />
      <div className="space-y-4 lg:order-1">
        <CallApisStep calls={calls} busy={busy} onRun={callApis} />
        <CopyCredentialsStep copies={copies} now={now} locale={locale} busy={busy} onRun={copy} />
        <LogOutStep logouts={logouts} busy={busy} onRun={logOut} />
        <ReplayCopiesStep replays={replays} busy={busy || copies === null} onRun={replay} />

        <AdminSteps
          password={adminPassword}
          setPassword={setAdminPassword}
          results={adminSteps}
          busy={busy}
          onLabAccount={onLabAccount}
          cookieCacheSeconds={cookieCacheSeconds}
          demoAdminPassword={demoAdminPassword}
          run={adminStep}
        />
        <section
          aria-label={t("compare.meter.title")}
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 className="font-semibold">{t("compare.meter.title")}</h2>
          <p className="text-sm text-slate-600">{t("revocationLag.intro")}</p>
          <RevocationLagMeter events={LAG_EVENTS} adminPassword={adminPassword} />
        </section>
      </div>
    </div>
  );
}
