"use client";
// Client component: N refreshers in this page stand for N open tabs, each holding what a tab
// holds — the refresh token it read from localStorage — renewing on its own or taking turns.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { BEARER_REFRESH_KEY, BEARER_STORAGE_KEY } from "@/lib/ui/storage-keys";
import { announceRefresh, withRefreshLock } from "@/lib/ui/tab-refresh";

type Mode = "alone" | "coordinated";
const LATE_MS = 3000; // past the server's 2-second grace window

interface Answer {
  accessToken?: string;
  refreshToken?: string;
  generation?: number;
  graced?: boolean;
  error?: string;
}

async function refreshWith(refreshToken: string): Promise<{ status: number; body: Answer }> {
  const response = await fetch("/api/jwt/refresh", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ refreshToken }),
  });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Answer };
}

/** What one tab's refresh did: the server's answer, or no request at all. */
type Outcome =
  | { kind: "rotated" | "graced"; generation: number }
  | { kind: "refused"; answer: string }
  | { kind: "tookOther" };

/** Sends the refresh, keeps what it got (as a tab would), and says what happened. */
async function renew(refreshToken: string): Promise<Outcome> {
  const { status, body } = await refreshWith(refreshToken);
  if (status !== 200 || !body.accessToken || !body.refreshToken) {
    return { kind: "refused", answer: `${status} ${body.error ?? ""}`.trim() };
  }
  localStorage.setItem(BEARER_STORAGE_KEY, body.accessToken);
  localStorage.setItem(BEARER_REFRESH_KEY, body.refreshToken);
  return { kind: body.graced ? "graced" : "rotated", generation: body.generation ?? 0 };
}

async function runTab(startedWith: string, delay: number, mode: Mode): Promise<Outcome> {
  await new Promise((resolve) => setTimeout(resolve, delay));
  if (mode === "alone") return renew(startedWith);
  return withRefreshLock(async () => {
    if (localStorage.getItem(BEARER_REFRESH_KEY) !== startedWith) return { kind: "tookOther" };
    const outcome = await renew(startedWith);
    if (outcome.kind === "rotated" || outcome.kind === "graced") announceRefresh();
    return outcome;
  });
}

export function RefreshRace() {
  const t = useTranslations("bearerPage.race");
  const say = (outcome: Outcome): string =>
    outcome.kind === "refused"
      ? outcome.answer
      : outcome.kind === "tookOther"
        ? t("tookOther")
        : t(outcome.kind, { generation: outcome.generation });
  const [tabs, setTabs] = useState(3);
  const [late, setLate] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ mode: Mode; tabs: Outcome[]; after: Outcome } | null>(
    null,
  );

  async function race(mode: Mode) {
    const startedWith = localStorage.getItem(BEARER_REFRESH_KEY);
    if (!startedWith) return;
    setBusy(true);
    setResult(null);
    try {
      const delays = Array.from({ length: tabs }, (_, i) => (late && i === tabs - 1 ? LATE_MS : 0));
      const outcomes = await Promise.all(delays.map((delay) => runTab(startedWith, delay, mode)));
      // The login afterwards: can the tabs still renew? (One more refresh, as the next tab would.)
      const next = localStorage.getItem(BEARER_REFRESH_KEY) ?? "";
      const after = await renew(next);
      setResult({ mode, tabs: outcomes, after });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="space-y-3 rounded border border-slate-200 p-3" aria-labelledby="race-title">
      <h2 id="race-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">{t("intro", { tabs })}</p>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-1">
          {t("tabs")}
          <select
            value={tabs}
            onChange={(event) => setTabs(Number(event.target.value))}
            className="rounded border border-slate-300 px-1"
          >
            {[2, 3, 4, 5, 6].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={late} onChange={(e) => setLate(e.target.checked)} />{" "}
          {t("late")}
        </label>
        <button
          type="button"
          disabled={busy}
          className="rounded border border-red-400 px-2 py-1 disabled:opacity-60"
          onClick={() => void race("alone")}
        >
          {t("alone")}
        </button>
        <button
          type="button"
          disabled={busy}
          className="rounded border border-emerald-600 px-2 py-1 disabled:opacity-60"
          onClick={() => void race("coordinated")}
        >
          {t("coordinated")}
        </button>
      </div>
      {busy && <p className="text-sm">{t("racing")}</p>}
      {result !== null && (
        <div className="space-y-1 text-sm" data-testid="race-result" aria-live="polite">
          <ol className="list-decimal pl-5">
            {result.tabs.map((outcome, i) => (
              <li key={i}>{t("tab", { n: i + 1, outcome: say(outcome) })}</li>
            ))}
          </ol>
          <p>
            <strong>{t("next")}</strong> {say(result.after)}
          </p>
        </div>
      )}
      <p className="text-sm text-slate-600">{t("lesson")}</p>
    </section>
  );
}
