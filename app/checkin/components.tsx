"use client";
// Client component: the door's checker runs entirely in the browser — keys cached in
// localStorage, QR decoded on a canvas, the JWT verified with jose — so it works offline.

import type { JSONWebKeySet } from "jose";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, useSyncExternalStore, type ChangeEvent } from "react";
import { verifyPass } from "@/lib/pass/verify";
import {
  ADMITTED_STORAGE,
  KEYS_CHANGED,
  KEYS_STORAGE,
  parseKeys,
  readJson,
  subscribeKeys,
  subscribeOnline,
} from "./browser-state";
import { decodeQr } from "./qr";
import { bold, clockIn, code, VerdictView, type Verdict } from "./verdict";

export function CheckInDesk() {
  const t = useTranslations("checkin");
  const clock = clockIn(useLocale());
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const storedKeys = useSyncExternalStore(
    subscribeKeys,
    () => localStorage.getItem(KEYS_STORAGE),
    () => null,
  );
  const current = useMemo(() => parseKeys(storedKeys), [storedKeys]);
  const [text, setText] = useState("");
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function downloadKeys() {
    setProblem(null);
    try {
      const response = await fetch("/.well-known/jwks.json", { cache: "no-store" });
      if (!response.ok) {
        setProblem(t("desk.downloadRefused", { status: response.status }));
        return;
      }
      const fresh = { jwks: (await response.json()) as JSONWebKeySet, fetchedAt: Date.now() };
      localStorage.setItem(KEYS_STORAGE, JSON.stringify(fresh));
      window.dispatchEvent(new Event(KEYS_CHANGED));
    } catch {
      setProblem(t("desk.downloadFailed"));
    }
  }

  async function check(token: string) {
    setVerdict(null);
    setProblem(null);
    if (current === null) {
      setProblem(t("desk.keysFirst"));
      return;
    }
    const result = await verifyPass(token, current.jwks);
    if (!result.ok) {
      setVerdict({ kind: "refused", reason: result.reason });
      return;
    }
    const admitted = readJson<Record<string, number>>(ADMITTED_STORAGE) ?? {};
    const firstSeen = admitted[result.claims.jti] ?? null;
    if (firstSeen === null) {
      localStorage.setItem(
        ADMITTED_STORAGE,
        JSON.stringify({ ...admitted, [result.claims.jti]: Date.now() }),
      );
    }
    setVerdict({ kind: "admitted", check: result, firstSeen, checkedAt: Date.now() });
  }

  async function scan(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const decoded = await decodeQr(file).catch(() => null);
    if (decoded === null) {
      setVerdict(null);
      setProblem(t("desk.noQr"));
      return;
    }
    setText(decoded);
    await check(decoded);
  }

  return (
    <div className="space-y-4 text-sm">
      <p data-testid="network">
        {t.rich("desk.network", { b: bold, online: online ? "yes" : "no" })}
      </p>
      <div className="space-y-2">
        <p data-testid="desk-keys">
          {current
            ? t.rich("desk.keys", {
                code,
                count: current.jwks.keys.length,
                kids: current.jwks.keys.map((k) => k.kid).join(", "),
                time: clock(current.fetchedAt),
              })
            : t("desk.noKeys")}
        </p>
        <button
          type="button"
          onClick={() => void downloadKeys()}
          className="rounded-md border border-slate-300 px-3 py-1.5"
        >
          {current ? t("desk.downloadAgain") : t("desk.download")}
        </button>
      </div>
      <label className="block">
        {t.rich("desk.scan", { b: (chunks) => <span className="font-semibold">{chunks}</span> })}
        <input type="file" accept="image/*" onChange={(e) => void scan(e)} className="mt-1 block" />
      </label>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          void check(text);
        }}
      >
        <label className="block">
          <span className="font-semibold">{t("desk.paste")}</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={4}
            className="mt-1 w-full rounded border border-slate-300 p-2 font-mono text-xs"
          />
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-white">
          {t("desk.check")}
        </button>
      </form>
      {problem && (
        <p role="alert" data-testid="desk-problem" className="text-red-700">
          {problem}
        </p>
      )}
      {verdict !== null && <VerdictView verdict={verdict} />}
    </div>
  );
}
