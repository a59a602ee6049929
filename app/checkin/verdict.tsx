"use client";
// Client component: a part of the desk (./components.tsx), which runs in the browser.

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatMoment } from "@/app/_components/inspector/format";
import type { PassCheck } from "@/lib/pass/verify";

export type Verdict =
  | {
      kind: "admitted";
      check: Extract<PassCheck, { ok: true }>;
      firstSeen: number | null;
      checkedAt: number;
    }
  | { kind: "refused"; reason: string };

// The refusals the desk can say in words; any other code is said as "does not verify".
const REASONS = new Set([
  "pass_too_large",
  "token_malformed",
  "token_not_canonical",
  "claims_invalid",
  "ERR_JWT_EXPIRED",
  "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
  "ERR_JWKS_NO_MATCHING_KEY",
  "ERR_JWT_CLAIM_VALIDATION_FAILED",
  "ERR_JOSE_ALG_NOT_ALLOWED",
]);

export const bold = (chunks: ReactNode): ReactNode => <strong>{chunks}</strong>;
export const code = (chunks: ReactNode): ReactNode => <code>{chunks}</code>;

/** A moment as this reader's clock shows it ("14:31:05"). */
export function clockIn(locale: string): (moment: number) => string {
  return (moment) => new Date(moment).toLocaleTimeString(locale === "ko" ? "ko-KR" : "en-GB");
}

/** What the desk decided about a pass: admit (or seen before), or refused — in words, code after. */
export function VerdictView({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("checkin");
  const locale = useLocale();
  if (verdict.kind === "refused") {
    const words = t(`reasons.${REASONS.has(verdict.reason) ? verdict.reason : "other"}`);
    return (
      <div
        data-testid="verdict"
        data-verdict="refused"
        className="rounded border border-red-400 bg-red-50 p-3"
      >
        <p className="text-base font-semibold">
          {t.rich("desk.refused", { code, words, reason: verdict.reason })}
        </p>
      </div>
    );
  }
  const { check, firstSeen, checkedAt } = verdict;
  return (
    <div
      data-testid="verdict"
      data-verdict={firstSeen === null ? "admitted" : "seen-before"}
      className={`rounded border p-3 ${firstSeen === null ? "border-emerald-400 bg-emerald-50" : "border-amber-400 bg-amber-50"}`}
    >
      <p className="text-base font-semibold">
        {firstSeen === null
          ? t("desk.admit", { name: check.claims.name })
          : t("desk.seenBefore", { time: clockIn(locale)(firstSeen) })}
      </p>
      <p>
        {t.rich("desk.details", {
          code,
          event: check.claims.evt,
          sub: check.claims.sub,
          until: formatMoment(check.claims.exp * 1000, checkedAt, locale),
          kid: check.kid,
        })}
      </p>
    </div>
  );
}
