"use client";
// Client component: one button revokes this browser's session from the server side, then asks
// both areas who this browser is.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { RunButton } from "./run-button";

type Result = { revoked: number; session: number; jwt: number };

const me = async (area: string) => (await fetch(`/api/${area}/me`, { cache: "no-store" })).status;

/** Revocation, for real: delete this session's record, and see each area's next answer. */
export function RevokeDemo() {
  const t = useTranslations("tour.ui");
  const [result, setResult] = useState<Result | null>(null);
  const run = async () => {
    const list = await fetch("/api/session/sessions", { cache: "no-store" });
    const { sessions = [] } = list.ok
      ? ((await list.json()) as { sessions?: { id: string; current: boolean }[] })
      : {};
    const current = sessions.find((s) => s.current);
    const revoked = current
      ? (await fetch(`/api/session/sessions/${current.id}`, { method: "DELETE" })).status
      : list.status;
    setResult({ revoked, session: await me("session"), jwt: await me("jwt") });
  };
  return (
    <div className="space-y-2 text-sm">
      <RunButton label={t("revoke")} onRun={run} />
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
