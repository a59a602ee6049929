"use client";
// Client component: one button revokes this browser's session from the server side, then asks
// both areas who this browser is.

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

type Result = { revoked: number; session: number; jwt: number };

const me = async (area: string) => (await fetch(`/api/${area}/me`, { cache: "no-store" })).status;

/** Revocation, for real: delete this session's record, and see each area's next answer. */
export function RevokeDemo() {
  const router = useRouter();
  const t = useTranslations("tour.ui");
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
        {t("revoke")}
      </button>
      {result && result.revoked === 401 && (
        <p className="rounded bg-amber-50 p-2">{t("revokeNotLoggedIn")}</p>
      )}
      {result && result.revoked !== 401 && (
        <p data-testid="tour-revoke" className="rounded bg-slate-50 p-2">
          {t("revoked", { status: result.revoked })}{" "}
          <strong data-testid="tour-revoke-session">{result.session}</strong>
          {result.session === 401 ? t("refusedAtOnce") : ""}
          {t("jwtLabel")} <strong data-testid="tour-revoke-jwt">{result.jwt}</strong>
          {result.jwt === 200 ? t("nothingToRevoke") : ""}.
        </p>
      )}
    </div>
  );
}
