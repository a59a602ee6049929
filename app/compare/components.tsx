"use client";
// Client component: the buttons run each step on both mechanisms and show the outcomes live.

import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatCountdown, formatMicros } from "@/app/_components/inspector/format";
import { ServerSection } from "@/app/_components/inspector/server-section";
import { TimelineSection } from "@/app/_components/inspector/timeline-section";
import { TokenSection } from "@/app/_components/inspector/token-section";
import { useInspector, useNow } from "@/app/_components/inspector/use-inspector";
import type { CaptureView } from "@/lib/compare/captures";
import type { Trace } from "@/lib/inspect/traces";
import { AdminSteps } from "./admin-steps";
import { CALLS, post, summarise, type AdminStepResult, type CallSummary } from "./requests";
import { AREAS, Outcome, Step, TITLES, type Area, type PerArea } from "./step";

export function CompareBoard({ users }: { users: PerArea<string | null> }) {
  const router = useRouter();
  const now = useNow();
  const { state, traces } = useInspector();
  const [busy, setBusy] = useState(false);
  const [calls, setCalls] = useState<PerArea<CallSummary> | null>(null);
  const [copies, setCopies] = useState<PerArea<CaptureView | null> | null>(null);
  const [logouts, setLogouts] = useState<PerArea<number> | null>(null);
  const [replays, setReplays] = useState<PerArea<{ status: number; body: unknown } | null> | null>(
    null,
  );

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
    setCalls({
      session: summarise(recent.traces, "session"),
      jwt: summarise(recent.traces, "jwt"),
    });
  });

  const copy = run(async () => {
    setCopies((await post("/api/compare/capture")).json as PerArea<CaptureView | null>);
    setReplays(null);
  });

  const logOut = run(async () => {
    const [session, jwt] = await Promise.all(AREAS.map((area) => post(`/api/${area}/logout`)));
    setLogouts({ session: session?.status ?? 0, jwt: jwt?.status ?? 0 });
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
      const admin =
        status === 200 ? "done" : ((json as { message?: string })?.message ?? `error ${status}`);
      const after = { session: await seen("session"), jwt: await seen("jwt") };
      setAdminSteps((previous) => ({ ...previous, [action]: { admin, ...after } }));
      router.refresh();
    });

  const replay = run(async () => {
    const outcome = async (area: Area) => {
      const copy = copies?.[area];
      if (!copy) return null;
      const { json } = await post("/api/compare/replay", { handle: copy.handle });
      return json as { status: number; body: unknown };
    };
    setReplays({ session: await outcome("session"), jwt: await outcome("jwt") });
  });

  return (
    <div className="space-y-6">
      <div className="grid gap-4 md:grid-cols-2">
        {AREAS.map((area) => (
          <section
            key={area}
            aria-label={`${TITLES[area]} column`}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h2 className="text-lg font-semibold">{TITLES[area]}</h2>
            <p className="text-sm" data-testid={`${area}-who`}>
              {users[area] ? `Logged in as ${users[area]}` : "Not logged in"}
            </p>
            {state && (
              <>
                <ServerSection state={state} area={area} />
                <TokenSection state={state} area={area} />
              </>
            )}
            <details>
              <summary className="cursor-pointer text-sm font-semibold">Requests</summary>
              <TimelineSection traces={traces.filter((t) => t.area === area)} />
            </details>
          </section>
        ))}
      </div>

      <Step
        title={`1. Call the protected API ${CALLS} times`}
        action="Call both"
        busy={busy}
        onRun={callApis}
      >
        {calls &&
          AREAS.map((area) => (
            <Outcome key={area} area={area}>
              {calls[area].calls} calls ({calls[area].statuses}),{" "}
              {calls[area].queriesPerCall.toFixed(1)} database quer
              {calls[area].queriesPerCall === 1 ? "y" : "ies"} per call, auth checks{" "}
              {formatMicros(calls[area].authMicrosPerCall)} per call; the first call&apos;s crypto:{" "}
              {calls[area].firstCallCrypto}
            </Outcome>
          ))}
        <p className="text-sm text-slate-600">
          Each session call looks its record up in the store — that is how a logout or a revocation
          takes effect at once. Each JWT call checks a signature and asks no database. Both pay
          their crypto once per credential here: later calls reuse the memo (&quot;cached&quot; in
          the timeline), which still enforces expiry.
        </p>
      </Step>

      <Step title="2. Take a copy of each credential" action="Copy both" busy={busy} onRun={copy}>
        {copies &&
          AREAS.map((area) => (
            <Outcome key={area} area={area}>
              {copies[area]
                ? `copied ${copies[area].bytes} bytes (fingerprint ${copies[area].fingerprint})${
                    copies[area].expiresAt
                      ? `, valid on its own until exp: ${formatCountdown(copies[area].expiresAt, now)}`
                      : ""
                  }`
                : "nothing to copy (not logged in)"}
            </Outcome>
          ))}
        <p className="text-sm text-slate-600">
          Like an attacker who stole the cookie, or a second device: the copy stays on the server
          (the page never sees it) until you replay it.
        </p>
      </Step>

      <Step title="3. Log out of both" action="Log out both" busy={busy} onRun={logOut}>
        {logouts &&
          AREAS.map((area) => (
            <Outcome key={area} area={area}>
              logout answered {logouts[area]}
            </Outcome>
          ))}
        <p className="text-sm text-slate-600">
          The session logout deletes the record on the server. The JWT logout can only clear the
          browser&apos;s cookie: the server keeps nothing it could delete.
        </p>
      </Step>

      <Step
        title="4. Replay the copies"
        action="Replay both"
        busy={busy || copies === null}
        onRun={replay}
      >
        {replays &&
          AREAS.map((area) => (
            <Outcome key={area} area={area}>
              {replays[area] ? (
                <>
                  <span data-testid={`${area}-replay-status`}>{replays[area].status}</span>{" "}
                  {replays[area].status === 200 ? "— still accepted" : "— refused"}
                  <pre className="mt-1 overflow-x-auto text-xs">
                    {JSON.stringify(replays[area].body, null, 2)}
                  </pre>
                </>
              ) : (
                "no copy to replay"
              )}
            </Outcome>
          ))}
        <p className="text-sm text-slate-600">
          The server sends each copy, alone, from a client with no cookie jar, to the area&apos;s
          API. The session copy points at a record that no longer exists: 401. The JWT copy still
          carries a valid signature and an unexpired exp: 200, until its countdown reaches zero —
          logout cannot kill a JWT.
        </p>
      </Step>

      <AdminSteps
        password={adminPassword}
        setPassword={setAdminPassword}
        results={adminSteps}
        busy={busy}
        run={adminStep}
      />
    </div>
  );
}
