"use client";
// Client component: steps 1 to 4 of the compare board, each area's outcome shown as it arrives.

import Link from "next/link";
import { formatCountdown, formatMicros } from "@/app/_components/inspector/format";
import type { CaptureView } from "@/lib/compare/captures";
import { CALLS, type CallSummary } from "./requests";
import { AREAS, Outcome, Step, type PerArea } from "./step";

/** What the server answered when it replayed one area's copy, alone. */
export interface ReplayAnswer {
  status: number;
  body: unknown;
}

interface StepProps {
  busy: boolean;
  onRun: () => void;
}

export function CallApisStep({
  calls,
  busy,
  onRun,
}: StepProps & { calls: PerArea<CallSummary> | null }) {
  return (
    <Step
      title={`1. Call the protected API ${CALLS} times`}
      action="Call all three"
      busy={busy}
      onRun={onRun}
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
        Each session call looks its record up in the store — that is how a logout or a revocation
        takes effect at once. Each sealed-cookie call unseals the cookie and each JWT call checks a
        signature: neither asks any database. The session has no crypto to pay (a forged token is
        simply not found); the sealed cookie pays its unseal, and the JWT its signature check, once
        per credential here: later calls reuse the memo (&quot;cached&quot; in the timeline), which
        still enforces expiry.
      </p>
    </Step>
  );
}

export function CopyCredentialsStep({
  copies,
  now,
  locale,
  busy,
  onRun,
}: StepProps & { copies: PerArea<CaptureView | null> | null; now: number; locale: string }) {
  return (
    <Step
      title="2. Take a copy of each credential"
      action="Copy all three"
      busy={busy}
      onRun={onRun}
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
        Like an attacker who stole the cookie, or a second device: the copy stays on the server (the
        page never sees it) until you replay it.
      </p>
    </Step>
  );
}

export function LogOutStep({
  logouts,
  busy,
  onRun,
}: StepProps & { logouts: PerArea<number> | null }) {
  return (
    <Step
      title="3. Log out of all three"
      action="Log out of all three"
      busy={busy}
      onRun={onRun}
      learn={{ href: "/learn/sessions", tour: 4 }}
    >
      {logouts &&
        AREAS.map((area) => (
          <Outcome key={area} area={area}>
            logout answered {logouts[area]}
          </Outcome>
        ))}
      <p className="text-sm text-slate-600">
        The session logout deletes the record on the server. The sealed-cookie and JWT logouts can
        only clear the browser&apos;s cookie: the server keeps nothing it could delete.
      </p>
    </Step>
  );
}

export function ReplayCopiesStep({
  replays,
  busy,
  onRun,
}: StepProps & { replays: PerArea<ReplayAnswer | null> | null }) {
  return (
    <Step
      title="4. Replay the copies"
      action="Replay all three"
      busy={busy}
      onRun={onRun}
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
        The server sends each copy, alone, from a client with no cookie jar, to the area&apos;s API.
        The session copy points at a record that no longer exists: 401. The sealed-cookie copy still
        unseals and the JWT copy still carries a valid signature: 200 for both, until their sealed
        expiry or exp — logout cannot kill a stateless session, whatever its name.
      </p>
      <p className="text-sm text-slate-600">
        A JWT bound to the browser&apos;s key would be refused here even before any logout: a copy
        travels without the key, so it has no proof to go with it.{" "}
        <Link href="/jwt/dpop" className="underline">
          Try stealing a DPoP-bound token
        </Link>
        .
      </p>
    </Step>
  );
}
