"use client";
// Client component: one button has the server log in another device of this user and judge its
// credentials at later moments, leaving this browser's own clock and login alone.

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatSpan } from "@/app/_components/inspector/format";
import { judgeOtherDeviceLaterAction, type ClockOutcome } from "./other-device-actions";
import { OutcomeTable, VerdictWords } from "./outcome-table";
import { RunButton } from "./run-button";

/** Expiry by the clock, on another device: each lifetime ends at its own moment. */
export function ClockDemo() {
  const t = useTranslations("tour.ui");
  const locale = useLocale();
  const [outcome, setOutcome] = useState<ClockOutcome | null>(null);
  const run = async () => setOutcome(await judgeOtherDeviceLaterAction());
  return (
    <div className="space-y-2 text-sm">
      <RunButton label={t("judge")} onRun={run} />
      {outcome !== null && !outcome.ok && (
        <p className="rounded bg-amber-50 p-2">{t("notLoggedIn", { reason: outcome.reason })}</p>
      )}
      {outcome?.ok && (
        <div data-testid="tour-clock" className="space-y-2">
          <OutcomeTable
            caption={t("clockCaption")}
            rows={outcome.rows.map(({ offsetSeconds, verdicts }) => ({
              key: String(offsetSeconds),
              label:
                offsetSeconds === 0
                  ? t("now")
                  : t("later", { span: formatSpan(offsetSeconds * 1000, 0, locale) }),
              cells: verdicts,
            }))}
            cell={(verdict) => <VerdictWords verdict={verdict} />}
          />
          <p>{t("clockSummary")}</p>
        </div>
      )}
    </div>
  );
}
