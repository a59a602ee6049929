"use client";
// Client component: the DPoP key lives in this browser (IndexedDB) and only page script can sign
// proofs with it; the page asks the API from script, like the localStorage variant.

import { decodeJwt, decodeProtectedHeader } from "jose";
import { useEffect, useState } from "react";
import { Term } from "@/app/_components/term";
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
  const [status, setStatus] = useState<DpopStatus>({ kind: "loading" });
  const [jkt, setJkt] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const reload = () => void loadDpopStatus().then(setStatus);
  useEffect(() => {
    reload();
    void loadDpopKey().then((key) => setJkt(key.jkt));
  }, []);

  if (status.kind === "loading") return <p>Loading…</p>;
  if (status.kind === "anonymous") {
    return <NotLoggedIn testId="dpop-status" reason={status.reason} how="with DPoP" />;
  }
  const bound = status.me.claims.cnf?.jkt ?? null;
  return (
    <div className="space-y-4">
      <LoggedInAs testId="dpop-status" user={status.me.user}>
        the token travelled as <code>Authorization: DPoP</code>, with a{" "}
        <Term id="dpop-proof">proof</Term> signed by this browser&apos;s key.
      </LoggedInAs>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt>This browser&apos;s key</dt>
        <dd className="font-mono break-all" data-testid="dpop-jkt">
          {jkt ?? "…"}
        </dd>
        <dt>
          The token&apos;s <Term id="cnf">cnf.jkt</Term>
        </dt>
        <dd className="font-mono break-all" data-testid="dpop-cnf">
          {bound ?? "(none)"} {bound !== null && bound === jkt ? "— the same key ✓" : ""}
        </dd>
      </dl>
      <ProofView proof={status.proof} label="The proof sent with that request (DPoP header)" />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() =>
            void refreshDpop().then(({ status: code, answer }) => {
              setNote(
                code === 200
                  ? `Renewed with a proof by this key: generation ${answer.generation}.`
                  : `Refresh refused (${answer.error ?? code}).`,
              );
              reload();
            })
          }
        >
          Refresh now
        </button>
        <button
          type="button"
          className={button}
          onClick={() =>
            void logOutOfDpop().then(() =>
              setStatus({
                kind: "anonymous",
                reason: "you logged out: the refresh family is ended and the key forgotten",
              }),
            )
          }
        >
          Log out
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
