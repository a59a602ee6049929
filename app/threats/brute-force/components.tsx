"use client";
// Client component: the wrong passwords are fired from this browser, one request at a time,
// and each answer is plotted as it arrives.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { RICH } from "@/app/_components/rich";
import { postJson } from "@/lib/threats/lab-fetch";
import { fireWrongPasswords, medianCheckedMs, type Attempt } from "@/lib/threats/brute-force";
import { AttemptChart } from "./chart";
import { useAttempt } from "../use-attempt";
import { LAB_PRIMARY_BUTTON } from "../buttons";

type Series = { label: string; username: string; attempts: Attempt[] };

export function BruteForceLab() {
  const t = useTranslations("threats.bruteForce.lab");
  const [series, setSeries] = useState<Series[]>([]);
  const { busy, error, attempt } = useAttempt();

  const run = () =>
    attempt(async () => {
      setSeries([]);
      const target = await postJson<{ username: string; unknownUsername: string }>(
        "/api/threats/brute-force/target",
        {},
      );
      const runs: Series[] = [
        { label: t("wrongPassword"), username: target.username, attempts: [] },
        { label: t("unknownUser"), username: target.unknownUsername, attempts: [] },
      ];
      for (const [i, one] of runs.entries()) {
        await fireWrongPasswords(one.username, (answer) => {
          one.attempts = [...one.attempts, answer];
          setSeries(runs.slice(0, i + 1).map((s) => ({ ...s })));
        });
      }
    });

  const [known, unknown] = series.map((s) => medianCheckedMs(s.attempts));
  return (
    <div className="space-y-4 text-sm">
      <button type="button" className={LAB_PRIMARY_BUTTON} disabled={busy} onClick={run}>
        {busy ? t("firing") : t("fire")}
      </button>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {series.map((s, i) => (
        <AttemptChart
          key={s.label}
          title={s.label}
          username={s.username}
          attempts={s.attempts}
          testId={`series-${i}`}
        />
      ))}
      {!busy && typeof known === "number" && typeof unknown === "number" && (
        <p data-testid="timing-verdict">
          {t.rich("verdict", {
            ...RICH,
            known: known.toFixed(1),
            unknown: unknown.toFixed(1),
          })}
        </p>
      )}
    </div>
  );
}
