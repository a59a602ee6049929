"use client";
// Client component: the door's checker runs entirely in the browser — keys cached in
// localStorage, QR decoded on a canvas, the JWT verified with jose — so it works offline.

import type { JSONWebKeySet } from "jose";
import { useMemo, useState, useSyncExternalStore, type ChangeEvent } from "react";
import { verifyPass, type PassCheck } from "@/lib/pass/verify";
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

type Verdict =
  | { kind: "admitted"; check: Extract<PassCheck, { ok: true }>; firstSeen: number | null }
  | { kind: "refused"; reason: string };

export function CheckInDesk() {
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
      if (!response.ok) throw new Error(`the issuer answered ${response.status}`);
      const fresh = { jwks: (await response.json()) as JSONWebKeySet, fetchedAt: Date.now() };
      localStorage.setItem(KEYS_STORAGE, JSON.stringify(fresh));
      window.dispatchEvent(new Event(KEYS_CHANGED));
    } catch (error) {
      setProblem(`Could not download the keys: ${error instanceof Error ? error.message : error}`);
    }
  }

  async function check(token: string) {
    setVerdict(null);
    setProblem(null);
    if (current === null) {
      setProblem("Download the issuer's keys first (once, while online).");
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
    setVerdict({ kind: "admitted", check: result, firstSeen });
  }

  async function scan(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const decoded = await decodeQr(file).catch(() => null);
    if (decoded === null) {
      setVerdict(null);
      setProblem("No QR code found in that image.");
      return;
    }
    setText(decoded);
    await check(decoded);
  }

  return (
    <div className="space-y-4 text-sm">
      <p data-testid="network">
        Network: <strong>{online ? "online" : "offline"}</strong>
      </p>
      <div className="space-y-2">
        <p data-testid="desk-keys">
          {current
            ? `Holding ${current.jwks.keys.length} public key(s) (${current.jwks.keys.map((k) => k.kid).join(", ")}), downloaded ${new Date(current.fetchedAt).toISOString().slice(11, 19)} UTC.`
            : "No keys yet."}
        </p>
        <button
          type="button"
          onClick={() => void downloadKeys()}
          className="rounded-md border border-slate-300 px-3 py-1.5"
        >
          {current ? "Download the issuer's keys again" : "Download the issuer's keys"}
        </button>
      </div>
      <label className="block">
        <span className="font-semibold">Scan a pass</span> (an image of its QR code)
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
          <span className="font-semibold">…or paste it</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={4}
            className="mt-1 w-full rounded border border-slate-300 p-2 font-mono text-xs"
          />
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-3 py-1.5 text-white">
          Check the pass
        </button>
      </form>
      {problem && (
        <p role="alert" data-testid="desk-problem" className="text-red-700">
          {problem}
        </p>
      )}
      {verdict?.kind === "admitted" && (
        <div
          data-testid="verdict"
          data-verdict={verdict.firstSeen === null ? "admitted" : "seen-before"}
          className={`rounded border p-3 ${verdict.firstSeen === null ? "border-emerald-400 bg-emerald-50" : "border-amber-400 bg-amber-50"}`}
        >
          <p className="text-base font-semibold">
            {verdict.firstSeen === null
              ? `Admit ${verdict.check.claims.name}`
              : `Valid, but already admitted at ${new Date(verdict.firstSeen).toISOString().slice(11, 19)} UTC: this pass or a copy was used before`}
          </p>
          <p>
            {verdict.check.claims.evt} · user {verdict.check.claims.sub} · valid until{" "}
            {new Date(verdict.check.claims.exp * 1000).toISOString().replace("T", " ").slice(0, 16)}{" "}
            UTC · signed by key {verdict.check.kid}
          </p>
        </div>
      )}
      {verdict?.kind === "refused" && (
        <div
          data-testid="verdict"
          data-verdict="refused"
          className="rounded border border-red-400 bg-red-50 p-3"
        >
          <p className="text-base font-semibold">Refused: {verdict.reason}</p>
        </div>
      )}
    </div>
  );
}
