"use client";
// Client component: one button has the server log in another device of this user, revoke its
// session from this browser, and judge that device's credentials before and after.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { revokeOtherDeviceAction, type RevocationOutcome } from "./other-device-actions";
import { OutcomeTable, VerdictWords } from "./outcome-table";
import { RunButton } from "./run-button";

/** Revocation, for real, on another device: its session is refused at once, the rest is not. */
export function RevokeDemo() {
  const t = useTranslations("tour.ui");
  const [outcome, setOutcome] = useState<RevocationOutcome | null>(null);
  const run = async () => setOutcome(await revokeOtherDeviceAction());
  return (
    <div className="space-y-2 text-sm">
      <RunButton label={t("revoke")} onRun={run} />
      {outcome !== null && !outcome.ok && (
        <p className="rounded bg-amber-50 p-2">{t("notLoggedIn", { reason: outcome.reason })}</p>
      )}
      {outcome?.ok && (
        <div data-testid="tour-revoke" className="space-y-2">
          <OutcomeTable
            caption={t("deviceCaption")}
            rows={[
              { key: "before", label: t("beforeRevoke"), cells: outcome.before },
              { key: "after", label: t("afterRevoke"), cells: outcome.after },
            ]}
            cell={(verdict, area, row) => (
              <span data-testid={row === "after" ? `tour-revoke-${area}` : undefined}>
                <VerdictWords verdict={verdict} />
              </span>
            )}
          />
          <p>{t("revokeSummary", { revoked: String(outcome.revoked) })}</p>
        </div>
      )}
    </div>
  );
}
