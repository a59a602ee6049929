"use client";
// Client component: the DPoP key lives in this browser (IndexedDB) and only page script can sign
// proofs with it; the page asks the API from script, like the localStorage variant.

import { decodeJwt, decodeProtectedHeader } from "jose";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { RICH } from "@/app/_components/rich";
import { loadDpopKey } from "@/lib/dpop/client";
import { LoggedInAs, NotLoggedIn } from "../logged-in-as";
import { DpopLessons } from "./lessons";
import { loadDpopStatus, logOutOfDpop, refreshDpop, type DpopStatus } from "./session";

const button = "rounded-md border border-slate-300 px-3 py-1.5 disabled:opacity-60";

/** A proof decoded the way anyone could: it is no secret, and good for one request only. */
export function ProofView({ proof, label }: { proof: string; label: string }) {
  let decoded: { header: unknown; claims: unknown } | null = null;
  try {
    decoded = { header: decodeProtectedHeader(proof), claims: decodeJwt(proof) };
  } catch {
    decoded = null;
  }
  return (
    <figure className="space-y-1 text-xs">
      <figcaption className="font-semibold">{label}</figcaption>
      <pre className="overflow-x-auto rounded bg-emerald-50 p-2" tabIndex={0} aria-label={label}>
        {JSON.stringify(decoded, null, 2)}
      </pre>
    </figure>
  );
}

export function DpopDashboard() {
  const t = useTranslations("dpopPage");
  const common = useTranslations("jwtArea");
  const [status, setStatus] = useState<DpopStatus>({ kind: "loading" });
  const [jkt, setJkt] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const reload = () => void loadDpopStatus().then(setStatus);
  useEffect(() => {
    reload();
    void loadDpopKey().then((key) => setJkt(key.jkt));
  }, []);

  if (status.kind === "loading") return <p>{common("loading")}</p>;
  if (status.kind === "anonymous") {
    const { key, ...values } = status.why;
    return <NotLoggedIn testId="dpop-status" reason={t(key, values)} how="dpop" />;
  }
  const bound = status.me.claims.cnf?.jkt ?? null;
  return (
    <div className="space-y-4">
      <LoggedInAs testId="dpop-status" user={status.me.user}>
        {t.rich("travelled", RICH)}
      </LoggedInAs>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt>{t("key")}</dt>
        <dd className="font-mono break-all" data-testid="dpop-jkt">
          {jkt ?? "…"}
        </dd>
        <dt>{t.rich("bound", RICH)}</dt>
        <dd className="font-mono break-all" data-testid="dpop-cnf">
          {bound ?? t("none")} {bound !== null && bound === jkt ? t("same") : ""}
        </dd>
      </dl>
      <ProofView proof={status.proof} label={t("proof")} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() =>
            void refreshDpop().then(({ status: code, answer }) => {
              setNote(
                code === 200
                  ? t("renewed", { generation: answer.generation ?? 0 })
                  : t("refused", { error: answer.error ?? code }),
              );
              reload();
            })
          }
        >
          {t("refresh")}
        </button>
        <button
          type="button"
          className={button}
          onClick={() =>
            void logOutOfDpop().then(() =>
              setStatus({
                kind: "anonymous",
                why: { key: "loggedOut" },
              }),
            )
          }
        >
          {common("logOut")}
        </button>
      </div>
      {note !== null && (
        <p aria-live="polite" className="text-sm" data-testid="dpop-note">
          {note}
        </p>
      )}
      <DpopLessons onChange={reload} />
    </div>
  );
}
