import {
  MISTAKE_DEFENCE,
  MISTAKE_LABEL,
  NAIVE_REFUSAL_MEANING,
  REFUSAL_MEANING,
} from "@/lib/threats/jwt-range/defences";
import { fromBase64url, splitToken } from "@/lib/threats/jwt-range/forge";
import type { Verdicts } from "@/lib/threats/jwt-range/client";

/** Both verifiers' answers to one token, the mistake that let it in, and the line that stops it. */

function Verdict({
  who,
  accepted,
  detail,
  testId,
}: {
  who: string;
  accepted: boolean;
  detail: string;
  testId: string;
}) {
  const colours = accepted ? "border-red-300 bg-red-50" : "border-emerald-300 bg-emerald-50";
  return (
    <div
      className={`rounded-md border p-3 ${colours}`}
      data-testid={testId}
      data-accepted={accepted}
    >
      <p className="font-semibold">
        {who}: {accepted ? "accepted" : "refused"}
      </p>
      <p className="mt-1 text-sm">{detail}</p>
    </div>
  );
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The bit-flip's lesson: two strings, one signature, one jti. */
function BitFlipNote({ token, genuine }: { token: string; genuine: string }) {
  const signature = (t: string) => fromBase64url(t.split(".")[2] ?? "");
  const jti = (t: string) => String(splitToken(t)?.payload.jti ?? "");
  return (
    <p className="text-sm" data-testid="bit-flip-note">
      The genuine token ends in <code>…{genuine.slice(-6)}</code>, this one in{" "}
      <code>…{token.slice(-6)}</code>: different strings, yet the signature&apos;s bytes are{" "}
      {sameBytes(signature(token), signature(genuine)) ? "identical" : "different"} and both carry{" "}
      <code>jti</code>{" "}
      {jti(token) === jti(genuine) ? <code>{jti(token)}</code> : "values that differ"}. A deny-list
      keyed on the token&apos;s bytes would let this copy through; key it on <code>jti</code>, as
      the app does.
    </p>
  );
}

export function VerdictPanel({
  verdicts,
  token,
  genuine,
}: {
  verdicts: Verdicts;
  token: string;
  genuine?: string;
}) {
  const { naive, real } = verdicts;
  const naiveDetail = naive.accepted
    ? naive.via.length === 0
      ? "a genuine token: no mistake was needed."
      : `let in because it ${naive.via.map((m) => MISTAKE_LABEL[m] ?? m).join(", and ")}; it reads role "${String(naive.claims.role)}".`
    : `${naive.reason}: ${NAIVE_REFUSAL_MEANING[naive.reason] ?? "refused"}.`;
  const realDetail = real.accepted
    ? `the signature and every claim hold; role "${String(real.claims.role ?? "(a pass has none)")}".`
    : `${real.reason}: ${REFUSAL_MEANING[real.reason] ?? "refused"}.`;
  const defences = naive.accepted ? naive.via.filter((m) => MISTAKE_DEFENCE[m]) : [];
  return (
    <div className="space-y-3" aria-live="polite">
      <div className="grid gap-3 md:grid-cols-2">
        <Verdict
          who="Naive verifier"
          accepted={naive.accepted}
          detail={naiveDetail}
          testId="naive-verdict"
        />
        <Verdict
          who="The app's verifier"
          accepted={real.accepted}
          detail={realDetail}
          testId="real-verdict"
        />
      </div>
      {defences.length > 0 && !real.accepted && (
        <ul className="list-disc pl-5 text-sm" data-testid="defence">
          {defences.map((m) => (
            <li key={m}>
              <strong>Defence:</strong> <code>{MISTAKE_DEFENCE[m]}</code>
            </li>
          ))}
        </ul>
      )}
      {genuine !== undefined && <BitFlipNote token={token} genuine={genuine} />}
    </div>
  );
}
