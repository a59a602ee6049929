"use client";
// Client component: the buttons run each step on both mechanisms and show the outcomes live.

import Link from "next/link";
import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { formatCountdown, formatMicros } from "@/app/_components/inspector/format";
import { useInspector, useJudgedNow } from "@/app/_components/inspector/use-inspector";
import type { CaptureView } from "@/lib/compare/captures";
import type { Trace } from "@/lib/inspect/trace";
import { AdminSteps } from "./admin-steps";
import { StatePane } from "./state-pane";
import { CALLS, post, summarise, type AdminStepResult, type CallSummary } from "./requests";
import { AREAS, forEachArea, Outcome, Step, type Area, type PerArea } from "./step";

export function CompareBoard({
  users,
  onLabAccount,
  cookieCacheSeconds,
}: {
  users: PerArea<string | null>;
  /** Logged in with this browser's throw-away account (steps 5 and 6 need it). */
  onLabAccount: boolean;
  /** The session area's cookie cache (admin setting; 0 = off): what steps 5 and 6 then show. */
  cookieCacheSeconds: number;
}) {
  const router = useRouter();
  const { state, traces, refresh } = useInspector();
  const now = useJudgedNow(state);
  const locale = useLocale();
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
        const message = (json as { message?: string })?.message ?? `error ${status}`;
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
      return json as { status: number; body: unknown };
    };
    setReplays(await forEachArea(outcome));
  });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <StatePane users={users} state={state} traces={traces} refresh={refresh} />
      <div className="space-y-4 lg:order-1">
        <Step
          title={`1. Call the protected API ${CALLS} times`}
          action="Call all three"
          busy={busy}
          onRun={callApis}
          learn={{ href: "/learn/sessions", tour: 3 }}
        >
          {calls &&
            AREAS.map((area) => (
              <Outcome key={area} area={area}>
                {calls[area].calls} calls ({calls[area].statuses}),{" "}
                {calls[area].queriesPerCall.toFixed(1)} database quer
                {calls[area].queriesPerCall === 1 ? "y" : "ies"} per call, auth checks{" "}
                {formatMicros(calls[area].authMicrosPerCall)} per call.{" "}
                <span data-testid={`${area}-paid-once`}>
                  {!calls[area].crypto
                    ? "No crypto at all: the cookie carries a random token, and the lookup is the check"
                    : calls[area].paidOnce
                      ? `The crypto, paid once for this credential: ${formatMicros(calls[area].paidOnce.micros)} (at ${calls[area].paidOnce.at})`
                      : "The full crypto check of this credential is older than this browser's traces"}
                </span>
                ;{" "}
                <span data-testid={`${area}-memo`}>
                  {!calls[area].crypto
                    ? "nothing to memoise"
                    : calls[area].memoMicrosPerCheck === null
                      ? "no memoised check"
                      : `each later check from the memo: ${formatMicros(calls[area].memoMicrosPerCheck)}`}
                </span>
              </Outcome>
            ))}
          <p className="text-sm text-slate-600">
            Each session call looks its record up in the store — that is how a logout or a
            revocation takes effect at once. Each sealed-cookie call unseals the cookie and each JWT
            call checks a signature: neither asks any database. The session has no crypto to pay (a
            forged token is simply not found); the sealed cookie pays its unseal, and the JWT its
            signature check, once per credential here: later calls reuse the memo
            (&quot;cached&quot; in the timeline), which still enforces expiry.
          </p>
        </Step>

        <Step
          title="2. Take a copy of each credential"
          action="Copy all three"
          busy={busy}
          onRun={copy}
          learn={{ href: "/learn/csrf-xss-https", tour: 4 }}
        >
          {copies &&
            AREAS.map((area) => (
              <Outcome key={area} area={area}>
                {copies[area]
                  ? `copied ${copies[area].bytes} bytes (fingerprint ${copies[area].fingerprint})${
                      copies[area].expiresAt
                        ? `, valid on its own until ${area === "jwt" ? "exp" : "its sealed expiry"}: ${formatCountdown(copies[area].expiresAt, now, locale)}`
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

        <Step
          title="3. Log out of all three"
          action="Log out of all three"
          busy={busy}
          onRun={logOut}
          learn={{ href: "/learn/sessions", tour: 4 }}
        >
          {logouts &&
            AREAS.map((area) => (
              <Outcome key={area} area={area}>
                logout answered {logouts[area]}
              </Outcome>
            ))}
          <p className="text-sm text-slate-600">
            The session logout deletes the record on the server. The sealed-cookie and JWT logouts
            can only clear the browser&apos;s cookie: the server keeps nothing it could delete.
          </p>
        </Step>

        <Step
          title="4. Replay the copies"
          action="Replay all three"
          busy={busy || copies === null}
          onRun={replay}
          learn={{ href: "/learn/refresh-and-revocation", tour: 4 }}
        >
          {replays &&
            AREAS.map((area) => (
              <Outcome key={area} area={area}>
                {replays[area] ? (
                  <>
                    <span data-testid={`${area}-replay-status`}>{replays[area].status}</span>{" "}
                    {replays[area].status === 200 ? "— still accepted" : "— refused"}
                    <pre className="mt-1 overflow-x-auto text-xs" tabIndex={0}>
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
            API. The session copy points at a record that no longer exists: 401. The sealed-cookie
            copy still unseals and the JWT copy still carries a valid signature: 200 for both, until
            their sealed expiry or exp — logout cannot kill a stateless session, whatever its name.
          </p>
          <p className="text-sm text-slate-600">
            A JWT bound to the browser&apos;s key would be refused here even before any logout: a
            copy travels without the key, so it has no proof to go with it.{" "}
            <Link href="/jwt/dpop" className="underline">
              Try stealing a DPoP-bound token
            </Link>
            .
          </p>
        </Step>

        <AdminSteps
          password={adminPassword}
          setPassword={setAdminPassword}
          results={adminSteps}
          busy={busy}
          onLabAccount={onLabAccount}
          cookieCacheSeconds={cookieCacheSeconds}
          run={adminStep}
        />
      </div>
    </div>
  );
}
