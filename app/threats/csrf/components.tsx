"use client";
// Client component: the lab's Bearer token lives in this page's script (sessionStorage, so it
// survives the trip to the attacker's page and back) — a header only script can add.

import { useTranslations } from "next-intl";
import { LabStatusError } from "@/lib/threats/lab-fetch";
import { useLabError } from "../use-attempt";
import { useEffect, useState } from "react";
import type { LabCredential } from "@/lib/threats/csrf-bank";
import { RICH } from "@/app/_components/rich";
import { LAB_PRIMARY_BUTTON } from "../buttons";

const BEARER_KEY = "lab_csrf_bearer";

interface Transfer {
  at: number;
  amount: number;
  to: string;
  credential: LabCredential;
}
interface AccountView {
  balance: number;
  openedAt: number;
  transfers: Transfer[];
}
interface LabState {
  account: AccountView | null;
  cookies: Record<"none" | "lax" | "strict", boolean>;
}

async function load(): Promise<LabState> {
  const response = await fetch("/api/threats/csrf/account", { cache: "no-store" });
  if (!response.ok) throw new LabStatusError(response.status);
  return (await response.json()) as LabState;
}

async function send(method: "POST" | "DELETE"): Promise<{ bearerToken?: string }> {
  const response = await fetch("/api/threats/csrf/account", {
    method,
    headers: { "content-type": "application/json" },
    body: method === "POST" ? "{}" : undefined,
  });
  const body = (await response.json()) as { bearerToken?: string; message?: string };
  if (!response.ok)
    throw body.message ? new Error(body.message) : new LabStatusError(response.status);
  return body;
}

export function CsrfAccount({ attackUrl }: { attackUrl: string | null }) {
  const t = useTranslations("threats.csrf.account");
  const lab = useTranslations("threats.csrf");
  const credential = useTranslations("threats.csrf.credentials");
  const [state, setState] = useState<LabState | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useLabError();

  // The Bearer token lives in this tab's sessionStorage: another tab of the same browser has the
  // cookies but not the token, and the page says so instead of failing.
  const [hasBearer, setHasBearer] = useState(false);
  const refresh = () =>
    load().then(
      (next) => {
        setState(next);
        setHasBearer(sessionStorage.getItem(BEARER_KEY) !== null);
      },
      (e: unknown) => setError(e),
    );
  useEffect(() => {
    void refresh();
    // Once, on arrival: refresh only reads the lab and calls state setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function act(run: () => Promise<void>) {
    setError(null);
    setMessage(null);
    try {
      await run();
    } catch (e) {
      setError(e);
    }
    await refresh();
  }

  const open = () =>
    act(async () => {
      const { bearerToken } = await send("POST");
      if (bearerToken) sessionStorage.setItem(BEARER_KEY, bearerToken);
    });
  const close = () =>
    act(async () => {
      await send("DELETE");
      sessionStorage.removeItem(BEARER_KEY);
    });
  const payWithBearer = () =>
    act(async () => {
      const token = sessionStorage.getItem(BEARER_KEY);
      const response = await fetch("/api/threats/csrf/transfer", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ credential: "bearer", defence: "origin", amount: 10, to: "bob" }),
      });
      const body = (await response.json()) as { error?: string; message?: string };
      // The refusal's code, worded as the result card words it; else what the lab said.
      const outcome = `outcome.${body.error ?? ""}` as const;
      const reason = body.error !== undefined && lab.has(outcome) ? lab(outcome) : null;
      setMessage(
        response.ok
          ? t("sentWithBearer")
          : t("refused", {
              status: response.status,
              reason: reason ?? body.message ?? t("noReason"),
            }),
      );
    });

  if (state === null) return error ? <p role="alert">{error}</p> : <p>{t("loading")}</p>;
  const { account, cookies } = state;
  return (
    <div className="space-y-3 text-sm">
      {account === null ? (
        <p data-testid="csrf-balance">{t("noAccount")}</p>
      ) : (
        <p data-testid="csrf-balance">{t.rich("balance", { ...RICH, balance: account.balance })}</p>
      )}
      <p>
        {t("cookiesHeld")}{" "}
        {(["none", "lax", "strict"] as const).map((c) => (
          <span key={c} className="mr-2">
            <code>SameSite={c.charAt(0).toUpperCase() + c.slice(1)}</code> {cookies[c] ? "✓" : "✗"}
          </span>
        ))}
      </p>
      {account !== null && (
        <p data-testid="csrf-bearer-state">{hasBearer ? t("bearerHeld") : t("bearerMissing")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => void open()} className={LAB_PRIMARY_BUTTON}>
          {account === null ? t("open") : t("openNew")}
        </button>
        {account !== null && (
          <>
            <button
              type="button"
              onClick={() => void payWithBearer()}
              disabled={!hasBearer}
              className="rounded-md border border-slate-300 px-3 py-1.5 disabled:opacity-50"
            >
              {t("payWithBearer")}
            </button>
            <button
              type="button"
              onClick={() => void close()}
              className="rounded-md border border-slate-300 px-3 py-1.5"
            >
              {t("close")}
            </button>
          </>
        )}
      </div>
      {message && <p data-testid="csrf-message">{message}</p>}
      {error && (
        <p role="alert" data-testid="csrf-error" className="text-red-700">
          {error}
        </p>
      )}
      {account !== null && attackUrl !== null && (
        <p>
          <a href={attackUrl} className="font-semibold text-red-700 underline">
            {t("visitAttacker")}
          </a>{" "}
          {t("attackerHost", { host: new URL(attackUrl).host })}
        </p>
      )}
      {account !== null && account.transfers.length > 0 && (
        <table className="w-full text-left" aria-label={t("transfers")}>
          <thead>
            <tr className="text-slate-500">
              <th>{t("when")}</th>
              <th>{t("amount")}</th>
              <th>{t("to")}</th>
              <th>{t("authenticatedBy")}</th>
            </tr>
          </thead>
          <tbody>
            {account.transfers.map((transfer, i) => (
              <tr key={i}>
                <td>{new Date(transfer.at).toISOString().slice(11, 19)}</td>
                <td>{transfer.amount}</td>
                <td translate="no">{transfer.to}</td>
                <td>{credential(transfer.credential)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
