"use client";
// Client component: one button revokes this browser's session from the server side, then asks
// both areas who this browser is.

import { useRouter } from "next/navigation";
import { useState } from "react";

type Result = { revoked: number; session: number; jwt: number };

const me = async (area: string) => (await fetch(`/api/${area}/me`, { cache: "no-store" })).status;

/** Revocation, for real: delete this session's record, and see each area's next answer. */
export function RevokeDemo() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      const list = await fetch("/api/session/sessions", { cache: "no-store" });
      const { sessions = [] } = list.ok
        ? ((await list.json()) as { sessions?: { id: string; current: boolean }[] })
        : {};
      const current = sessions.find((s) => s.current);
      const revoked = current
        ? (await fetch(`/api/session/sessions/${current.id}`, { method: "DELETE" })).status
        : list.status;
      setResult({ revoked, session: await me("session"), jwt: await me("jwt") });
      router.refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="space-y-2 text-sm">
      <button
        type="button"
        onClick={() => void run()}
        disabled={busy}
        className="rounded-md bg-slate-900 px-3 py-1.5 text-white disabled:opacity-60"
      >
        Revoke this session from the server
      </button>
      {result && result.revoked === 401 && (
        <p className="rounded bg-amber-50 p-2">Not logged in to the session area: log in first.</p>
      )}
      {result && result.revoked !== 401 && (
        <p data-testid="tour-revoke" className="rounded bg-slate-50 p-2">
          Revocation answered {result.revoked}. Next request — session:{" "}
          <strong data-testid="tour-revoke-session">{result.session}</strong>
          {result.session === 401 ? " (refused at once)" : ""}; JWT:{" "}
          <strong data-testid="tour-revoke-jwt">{result.jwt}</strong>
          {result.jwt === 200 ? " (nothing on the server to revoke: still accepted)" : ""}.
        </p>
      )}
    </div>
  );
}
