"use client";

import type { InspectorState } from "@/lib/inspect/state";
import { Term } from "@/app/_components/term";
import { formatBytes, formatCountdown } from "./format";
import { useJudgedNow } from "./use-inspector";
import type { AuthArea } from "@/lib/config/types";

// Each claim's meaning, linked to the glossary; `ver` and `fid` are this app's own claims.
const CLAIM_NAMES: Record<string, [glossaryId: string | null, label: string]> = {
  iss: ["iss", "issuer"],
  aud: ["aud", "audience"],
  sub: ["sub", "subject (user id)"],
  name: [null, "display name"],
  role: [null, "role (for the admin pages)"],
  iat: ["iat", "issued at"],
  exp: ["exp", "expires"],
  jti: ["jti", "token id"],
  ver: ["ver", "this app's: token version"],
  fid: ["fid", "this app's: refresh family"],
};

function ClaimMeaning({ claim }: { claim: string }) {
  const [id, label] = CLAIM_NAMES[claim] ?? [null, "set by the admin (custom claim)"];
  return id === null ? <>{label}</> : <Term id={id}>{label}</Term>;
}

/** The credential itself: a JWT decoded like jwt.io, or the session seal as opaque bytes. */
export function TokenSection({ state, area }: { state: InspectorState; area: AuthArea }) {
  const now = useJudgedNow(state);
  if (area === "session") {
    const seal = state.cookies.find((c) => c.role === "session credential");
    return (
      <p className="text-xs">
        {seal ? (
          <>
            <Term id="seal">Sealed</Term> cookie: {formatBytes(seal.bytes)},{" "}
            <Term id="fingerprint">fingerprint</Term> <code>{seal.fingerprint}</code>. Opaque to
            everyone but this server: only it holds the password that unseals it, and inside is
            nothing but a random token.
          </>
        ) : (
          "No session cookie."
        )}
      </p>
    );
  }
  const token = state.jwt.token;
  if (token === null) return <p className="text-xs">No access token.</p>;
  const payload = (token.payload ?? {}) as Record<string, unknown>;
  const exp = typeof payload.exp === "number" ? payload.exp * 1000 : null;
  return (
    <div className="space-y-2 text-xs">
      <p>
        {formatBytes(token.bytes)} ={" "}
        {token.segmentCount === 5 ? (
          <span data-testid="jwe-segments">
            5 segments (JWE): header . encrypted key . iv . <strong>ciphertext</strong> . tag — the
            payload cannot be read without the server&apos;s key
          </span>
        ) : (
          <>
            <span className="text-rose-700">header {token.segments.header}</span> .{" "}
            <span className="text-violet-700">
              <Term id="claims">payload</Term> {token.segments.payload}
            </span>{" "}
            .{" "}
            <span className="text-sky-700">
              <Term id="signature">signature</Term> {token.segments.signature}
            </span>
          </>
        )}{" "}
        — via {state.jwt.transport === "bearer" ? "Authorization header" : "HttpOnly cookie"};{" "}
        {token.verified ? "verifies" : <strong>rejected: {token.reason}</strong>}
        {exp !== null && <>, expires {formatCountdown(exp, now)}</>}
      </p>
      <p>
        Header: <Term id="alg">alg</Term>, <Term id="kid">kid</Term>
      </p>
      <pre
        className="overflow-x-auto rounded bg-rose-50 p-2"
        aria-label="Token header"
        // Focusable, so a keyboard can scroll it (a scrollable region must be reachable).
        tabIndex={0}
      >
        {JSON.stringify(token.header, null, 2)}
      </pre>
      <table className="w-full text-left" aria-label="Token payload">
        <tbody className="bg-violet-50">
          {Object.entries(payload).map(([claim, value]) => (
            <tr key={claim}>
              <th scope="row" className="pr-2 font-mono font-normal">
                {claim}
              </th>
              <td className="break-all">{JSON.stringify(value)}</td>
              <td className="text-slate-600">
                <ClaimMeaning claim={claim} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rounded bg-sky-50 p-2">
        signature <code>{token.signaturePreview}</code> — cut short: the whole token is a
        credential.
      </p>
    </div>
  );
}
