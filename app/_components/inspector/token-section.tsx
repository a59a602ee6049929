"use client";

import type { InspectorState } from "@/lib/inspect/state";
import { useLocale, useTranslations } from "next-intl";
import { Term } from "@/app/_components/term";
import { claimMoment, formatBytes, formatExpiry } from "./format";
import { Moment } from "./moment";
import { useReasonText } from "./reason-words";
import { SealSection } from "./seal-section";
import { StepUpLine } from "./server-section";
import { useJudgedNow } from "./use-inspector";
import type { AuthArea } from "@/config/types";

// Each claim's glossary entry; `ver` and `fid` are this app's own claims.
const CLAIM_TERMS: Record<string, string | null> = {
  iss: "iss",
  aud: "aud",
  sub: "sub",
  name: null,
  role: null,
  iat: "iat",
  exp: "exp",
  jti: "jti",
  ver: "ver",
  fid: "fid",
  auth_time: "auth-time",
  cnf: "cnf",
};

function ClaimMeaning({ claim }: { claim: string }) {
  const t = useTranslations("inspector.token.claims");
  if (!(claim in CLAIM_TERMS)) return <>{t("custom")}</>;
  const id = CLAIM_TERMS[claim] ?? null;
  const label = t(claim);
  return id === null ? <>{label}</> : <Term id={id}>{label}</Term>;
}

/** The credential itself: a JWT decoded like jwt.io, or the session cookie's random token (never shown). */
export function TokenSection({ state, area }: { state: InspectorState; area: AuthArea }) {
  const now = useJudgedNow(state);
  const t = useTranslations("inspector.token");
  const locale = useLocale();
  const reasonText = useReasonText();
  if (area === "sealed") return <SealSection state={state} />;
  if (area === "session") {
    const cookie = state.cookies.find((c) => c.role === "session credential");
    return (
      <p className="text-xs">
        {cookie
          ? t.rich("sessionToken", {
              sessionId: (chunks) => <Term id="session-id">{chunks}</Term>,
              fingerprint: (chunks) => <Term id="fingerprint">{chunks}</Term>,
              size: formatBytes(cookie.bytes),
              fp: cookie.fingerprint,
            })
          : t("noSessionCookie")}
      </p>
    );
  }
  const token = state.jwt.token;
  if (token === null) return <p className="text-xs">{t("noAccessToken")}</p>;
  const payload = (token.payload ?? {}) as Record<string, unknown>;
  const exp = typeof payload.exp === "number" ? payload.exp * 1000 : null;
  return (
    <div className="space-y-2 text-xs">
      <p>
        {formatBytes(token.bytes)} ={" "}
        {token.segmentCount === 5 ? (
          <span data-testid="jwe-segments">
            {t.rich("jwe", { b: (chunks) => <strong>{chunks}</strong> })}
          </span>
        ) : (
          <>
            <span className="text-rose-700">
              {t("header")} {token.segments.header}
            </span>{" "}
            .{" "}
            <span className="text-violet-700">
              <Term id="claims">{t("payload")}</Term> {token.segments.payload}
            </span>{" "}
            .{" "}
            <span className="text-sky-700">
              <Term id="signature">{t("signature")}</Term> {token.segments.signature}
            </span>
          </>
        )}{" "}
        {t("via", { transport: state.jwt.transport ?? "cookie" })}{" "}
        {token.verified ? (
          t("verifies")
        ) : (
          <strong>{t("rejected", { reason: reasonText(token.reason) })}</strong>
        )}
        {exp !== null && t("expires", { when: formatExpiry(exp, now, locale) })}
      </p>
      <p>
        {t.rich("headerTerms", {
          alg: (chunks) => <Term id="alg">{chunks}</Term>,
          kid: (chunks) => <Term id="kid">{chunks}</Term>,
        })}
      </p>
      <pre
        className="overflow-x-auto rounded bg-rose-50 p-2"
        aria-label={t("headerLabel")}
        // Focusable, so a keyboard can scroll it (a scrollable region must be reachable).
        tabIndex={0}
      >
        {JSON.stringify(token.header, null, 2)}
      </pre>
      <table className="w-full text-left" aria-label={t("payloadLabel")}>
        <tbody className="bg-violet-50">
          {Object.entries(payload).map(([claim, value]) => (
            <tr key={claim}>
              <th scope="row" className="pr-2 font-mono font-normal">
                {claim}
              </th>
              <td className="break-all">
                {JSON.stringify(value)}
                <Moment at={claimMoment(claim, value)} now={now} testId={`claim-when-${claim}`} />
              </td>
              <td className="text-slate-600">
                <ClaimMeaning claim={claim} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="rounded bg-sky-50 p-2">{t("cutShort", { preview: token.signaturePreview })}</p>
      <p data-testid="inspector-jwt-step-up">
        <Term id="auth-time">auth_time</Term>:{" "}
        <StepUpLine
          authTime={typeof payload.auth_time === "number" ? payload.auth_time * 1000 : null}
          now={now}
          maxAge={state.stepUpMaxAgeSeconds}
        />
      </p>
      {state.jwt.proof !== null && <ProofSection proof={state.jwt.proof} />}
    </div>
  );
}

/** The request's DPoP proof beside the token it travelled with: what it names, what it cost. */
function ProofSection({ proof }: { proof: NonNullable<InspectorState["jwt"]["proof"]> }) {
  const t = useTranslations("inspector.token");
  const micros = proof.micros === null ? "none" : proof.micros.toFixed(0);
  return (
    <div className="space-y-1 rounded bg-emerald-50 p-2" data-testid="inspector-dpop-proof">
      <p>
        <strong>
          <Term id="dpop-proof">{t("proofTitle")}</Term>
        </strong>{" "}
        — {t("proofVerdict", { verified: String(proof.verified), reason: proof.reason, micros })}
      </p>
      <p>{t("proofNote")}</p>
      <pre className="overflow-x-auto" tabIndex={0} aria-label={t("proofTitle")}>
        {JSON.stringify({ header: proof.header, claims: proof.claims }, null, 2)}
      </pre>
    </div>
  );
}
