import {
  MISTAKE_DEFENCE,
  MISTAKE_LABEL,
  NAIVE_REFUSAL_MEANING,
  REFUSAL_MEANING,
} from "@/lib/threats/jwt-range/defences";
import { fromBase64url, splitToken } from "@/lib/threats/jwt-range/forge";
import type { Verdicts } from "@/lib/threats/jwt-range/client";
import type { NaiveVerdict, Work } from "@/lib/threats/jwt-range/mistakes";

/** Both verifiers' answers to one token, the mistake that let it in, and the line that stops it. */

function Verdict({
  who,
  accepted,
  overworked = false,
  detail,
  testId,
}: {
  who: string;
  accepted: boolean;
  /** Refused, but only after work the attacker sized (a denial of service). */
  overworked?: boolean;
  detail: string;
  testId: string;
}) {
  const colours =
    accepted || overworked ? "border-red-300 bg-red-50" : "border-emerald-300 bg-emerald-50";
  return (
    <div
      className={`rounded-md border p-3 ${colours}`}
      data-testid={testId}
      data-accepted={accepted}
      data-overworked={overworked}
    >
      <p className="font-semibold">
        {who}:{" "}
        {accepted ? "accepted" : overworked ? "refused, after the attacker's work" : "refused"}
      </p>
      <p className="mt-1 text-sm">{detail}</p>
    </div>
  );
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The respelling lesson (the bit-flip, the padding): two strings, one signature, one jti. */
function BitFlipNote({ token, genuine }: { token: string; genuine: string }) {
  const signature = (t: string) => fromBase64url(t.split(".")[2] ?? "");
  const jti = (t: string) => String(splitToken(t)?.payload.jti ?? "");
  return (
    <p className="text-sm" data-testid="bit-flip-note">
      The genuine token ends in <code>…{genuine.slice(-6)}</code>, this one in{" "}
      <code>…{token.slice(-6)}</code>: different strings, yet the signature&apos;s bytes are{" "}
      {sameBytes(signature(token), signature(genuine)) ? "identical" : "different"} and both carry{" "}
      <code>jti</code>{" "}
      {jti(token) === jti(genuine) ? <code>{jti(token)}</code> : "values that differ"}. A deny-list,
      a memo or a log that compares strings sees two tokens here. The app accepts the one spelling
      it writes and refuses every other (and keys its deny-list on <code>jti</code> besides).
    </p>
  );
}

const count = (n: number) => Math.round(n).toLocaleString("en");

/** What the attacker's token cost the naive verifier before it said no. */
function workDone(work: Work): string {
  if (work.pbkdf2Rounds !== undefined) {
    const seconds = work.cpuSeconds ?? 0;
    const time = seconds >= 120 ? `${count(seconds / 60)} minutes` : `${count(seconds)} s`;
    return `it set out to run ${count(work.pbkdf2Rounds)} PBKDF2 rounds — about ${time} of one CPU core for this one request (measured on a sample; the range stopped there)`;
  }
  return `it first split the token into ${count(work.pieces)} pieces and decoded ${count(work.decodedBytes)} bytes`;
}

function naiveDetail(naive: NaiveVerdict): string {
  if (naive.accepted) {
    return naive.via.length === 0
      ? "a genuine token: no mistake was needed."
      : `let in because it ${naive.via.map((m) => MISTAKE_LABEL[m] ?? m).join(", and ")}; it reads role "${String(naive.claims.role)}".`;
  }
  const refusal = `${naive.reason}: ${NAIVE_REFUSAL_MEANING[naive.reason] ?? "refused"}`;
  if (naive.work === undefined) return `${refusal}.`;
  const why = (naive.via ?? []).map((m) => MISTAKE_LABEL[m] ?? m).join(", and ");
  return `${refusal} — but only after the work the attacker chose: ${workDone(naive.work)}, because it ${why}.`;
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
  const realDetail = real.accepted
    ? `the signature and every claim hold; role "${String(real.claims.role ?? "(a pass has none)")}".`
    : `${real.reason}: ${REFUSAL_MEANING[real.reason] ?? "refused"}.`;
  const defences = (naive.via ?? []).filter((m) => MISTAKE_DEFENCE[m]);
  // A denial of service is a fall too: the naive verifier refused, but only after the work.
  const fell = naive.accepted || naive.work !== undefined;
  return (
    <div className="space-y-3" aria-live="polite">
      <div className="grid gap-3 md:grid-cols-2">
        <Verdict
          who="Naive verifier"
          accepted={naive.accepted}
          overworked={!naive.accepted && naive.work !== undefined}
          detail={naiveDetail(naive)}
          testId="naive-verdict"
        />
        <Verdict
          who="The app's verifier"
          accepted={real.accepted}
          detail={realDetail}
          testId="real-verdict"
        />
      </div>
      {fell && defences.length > 0 && !real.accepted && (
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
