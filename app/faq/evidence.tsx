import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RICH } from "@/app/_components/rich";
import { EVIDENCE_REFUSALS, type EvidenceRefusal } from "@/lib/learn/evidence-account";
import type { FaqId } from "@/lib/learn/faq";
import { startEvidenceAction } from "./actions";

/** What the one click came back with, read from the address the action redirected to. */
export interface EvidenceProblem {
  answer: string;
  reason: EvidenceRefusal;
  retryAfterSeconds: number;
}

type Params = Record<string, string | string[] | undefined>;

/** A refusal the action reported (`?evidence=…&answer=…&retry=…`), or null. */
export function evidenceProblemOf(params: Params): EvidenceProblem | null {
  const reason = EVIDENCE_REFUSALS.find((refusal) => refusal === params.evidence);
  if (reason === undefined || typeof params.answer !== "string") return null;
  const retry = Number(params.retry);
  return {
    answer: params.answer,
    reason,
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : 0,
  };
}

/**
 * For a browser not logged in everywhere: one plain form (no JavaScript needed) that signs it in
 * with a throw-away account and comes back to this answer; a refusal is said here, in words.
 */
export async function EvidenceOffer({
  answer,
  problem,
}: {
  answer: FaqId;
  problem: EvidenceProblem | null;
}): Promise<ReactNode> {
  const t = await getTranslations("faq.start");
  const mine = problem !== null && problem.answer === answer ? problem : null;
  return (
    <form action={startEvidenceAction} className="space-y-2" data-testid="evidence-offer">
      <input type="hidden" name="answer" value={answer} />
      <p className="text-sm">{t.rich("offer", RICH)}</p>
      <button
        type="submit"
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-semibold text-white"
      >
        {t("button")}
      </button>
      {mine !== null && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
          {t(`refused.${mine.reason}`, {
            minutes: Math.max(1, Math.ceil(mine.retryAfterSeconds / 60)),
          })}
        </p>
      )}
    </form>
  );
}

/** For a browser logged in everywhere: the sentence that says what to look at in this panel. */
export async function LookAt({ answer }: { answer: FaqId }): Promise<ReactNode> {
  const t = await getTranslations("faq.lookAt");
  return (
    <p className="rounded-md bg-sky-50 p-2 text-sm" data-testid="evidence-look-at">
      {t.rich(answer, RICH)}
    </p>
  );
}
