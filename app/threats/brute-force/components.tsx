"use client";
// Client component: the wrong passwords are fired from this browser, one request at a time,
// and each answer is plotted as it arrives.

import { useState } from "react";
import { fireWrongPasswords, medianCheckedMs, type Attempt } from "@/lib/threats/brute-force";
import { AttemptChart } from "./chart";

type Series = { label: string; username: string; attempts: Attempt[] };

export function BruteForceLab() {
  const [series, setSeries] = useState<Series[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    setSeries([]);
    try {
      const response = await fetch("/api/threats/brute-force/target", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      const target = (await response.json()) as {
        username?: string;
        unknownUsername?: string;
        message?: string;
      };
      if (response.status !== 201 || !target.username || !target.unknownUsername) {
        throw new Error(target.message ?? `the lab answered ${response.status}`);
      }
      const runs: Series[] = [
        { label: "Wrong password (the account exists)", username: target.username, attempts: [] },
        { label: "Unknown user", username: target.unknownUsername, attempts: [] },
      ];
      for (const [i, one] of runs.entries()) {
        await fireWrongPasswords(one.username, (attempt) => {
          one.attempts = [...one.attempts, attempt];
          setSeries(runs.slice(0, i + 1).map((s) => ({ ...s })));
        });
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const [known, unknown] = series.map((s) => medianCheckedMs(s.attempts));
  return (
    <div className="space-y-4 text-sm">
      <button
        type="button"
        className="rounded-md bg-slate-900 px-3 py-1.5 text-white"
        disabled={busy}
        onClick={run}
      >
        {busy ? "Firing…" : "Fire wrong passwords"}
      </button>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      {series.map((s, i) => (
        <AttemptChart
          key={s.label}
          title={`${s.label}: ${s.username}`}
          attempts={s.attempts}
          testId={`series-${i}`}
        />
      ))}
      {!busy && typeof known === "number" && typeof unknown === "number" && (
        <p data-testid="timing-verdict">
          Median time of a checked answer (401): wrong password{" "}
          <strong>{known.toFixed(1)} ms</strong>, unknown user{" "}
          <strong>{unknown.toFixed(1)} ms</strong>. Both paid for one argon2id comparison (an
          unknown user is compared against a dummy hash), so the time says nothing about whether the
          account exists; the 429s, refused before any hash, are fast for both alike.
        </p>
      )}
    </div>
  );
}
