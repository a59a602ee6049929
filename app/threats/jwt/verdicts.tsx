import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { RICH } from "@/app/_components/rich";
import { MISTAKE_DEFENCE } from "@/lib/threats/jwt-range/defences";
import { fromBase64url, splitToken } from "@/lib/threats/jwt-range/forge";
import type { Verdicts } from "@/lib/threats/jwt-range/client";
import type { NaiveVerdict, Work } from "@/lib/threats/jwt-range/mistakes";

/** Both verifiers' answers to one token, the mistake that let it in, and the line that stops it. */

type RangeWords = ReturnType<typeof useTranslations<"jwtRange">>;

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
  detail: ReactNode;
  testId: string;
}) {
  const t = useTranslations("jwtRange.verdict");
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
        {who}: {accepted ? t("accepted") : overworked ? t("overworked") : t("refused")}
      </p>
      <p className="mt-1 text-sm break-words">{detail}</p>
    </div>
  );
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The respelling lesson (the bit-flip, the padding): two strings, one signature, one jti. */
function BitFlipNote({ token, genuine }: { token: string; genuine: string }) {
  const t = useTranslations("jwtRange.verdict");
  const signature = (s: string) => fromBase64url(s.split(".")[2] ?? "");
  const jti = (s: string) => String(splitToken(s)?.payload.jti ?? "");
  return (
    <p className="text-sm break-words" data-testid="bit-flip-note">
      {t.rich("bitFlip", {
        ...RICH,
        genuineEnd: genuine.slice(-6),
        tokenEnd: token.slice(-6),
        same: sameBytes(signature(token), signature(genuine)) ? "yes" : "no",
        jtiSame: jti(token) === jti(genuine) ? "yes" : "no",
        jti: jti(token),
      })}
    </p>
  );
}

const count = (n: number) => Math.round(n).toLocaleString("en");

/** What the attacker's token cost the naive verifier before it said no. */
function workDone(work: Work, t: RangeWords): string {
  if (work.pbkdf2Rounds !== undefined) {
    const seconds = work.cpuSeconds ?? 0;
    const time =
      seconds >= 120
        ? t("verdict.minutes", { count: count(seconds / 60) })
        : t("verdict.seconds", { count: count(seconds) });
    return t("verdict.pbkdf2", { rounds: count(work.pbkdf2Rounds), time });
  }
  return t("verdict.split", { pieces: count(work.pieces), bytes: count(work.decodedBytes) });
}

/** A refusal in words first, its code after: "exp has passed (expired)". */
function refusal(t: RangeWords, table: "refusals" | "naiveRefusals", code: string): ReactNode {
  const key = `${table}.${code}` as const;
  const meaning = t.has(key) ? t(key) : t("verdict.refusedPlain");
  // Not "code": that name is the tag the code is shown in.
  return t.rich("verdict.refusal", { ...RICH, meaning, reason: code });
}

function naiveDetail(naive: NaiveVerdict, t: RangeWords): ReactNode {
  const mistakes = (via: readonly string[]) =>
    via.map((m) => (t.has(`mistakes.${m}`) ? t(`mistakes.${m}`) : m)).join(t("verdict.and"));
  if (naive.accepted) {
    return naive.via.length === 0
      ? t("verdict.genuine")
      : t("verdict.letIn", { mistakes: mistakes(naive.via), role: String(naive.claims.role) });
  }
  const refused = refusal(t, "naiveRefusals", naive.reason);
  if (naive.work === undefined) return <>{refused}.</>;
  const work = workDone(naive.work, t);
  return (
    <>
      {refused}
      {t("verdict.afterWork", { work, mistakes: mistakes(naive.via ?? []) })}
    </>
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
  const t = useTranslations("jwtRange");
  const { naive, real } = verdicts;
  const realDetail = real.accepted ? (
    t("verdict.realAccepted", { role: String(real.claims.role ?? t("verdict.noRole")) })
  ) : (
    <>{refusal(t, "refusals", real.reason)}.</>
  );
  const defences = (naive.via ?? []).filter((m) => MISTAKE_DEFENCE[m]);
  // A denial of service is a fall too: the naive verifier refused, but only after the work.
  const fell = naive.accepted || naive.work !== undefined;
  return (
    <div className="space-y-3" aria-live="polite">
      <div className="grid gap-3 md:grid-cols-2">
        <Verdict
          who={t("verdict.naive")}
          accepted={naive.accepted}
          overworked={!naive.accepted && naive.work !== undefined}
          detail={naiveDetail(naive, t)}
          testId="naive-verdict"
        />
        <Verdict
          who={t("verdict.real")}
          accepted={real.accepted}
          detail={realDetail}
          testId="real-verdict"
        />
      </div>
      {fell && defences.length > 0 && !real.accepted && (
        <ul className="list-disc pl-5 text-sm" data-testid="defence">
          {defences.map((m) => (
            <li key={m}>
              <strong>{t("verdict.defence")}</strong> <code>{MISTAKE_DEFENCE[m]}</code>
            </li>
          ))}
        </ul>
      )}
      {genuine !== undefined && <BitFlipNote token={token} genuine={genuine} />}
    </div>
  );
}
