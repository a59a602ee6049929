"use client";
// Client component: the lab's Bearer token lives in this page's script (sessionStorage, so it
// survives the trip to the attacker's page and back) — a header only script can add.

import { useEffect, useState } from "react";
import type { LabCredential } from "@/lib/threats/csrf-bank";
import { CREDENTIAL_LABEL } from "@/lib/threats/csrf-labels";
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
  if (!response.ok) throw new Error(`the lab answered ${response.status}`);
  return (await response.json()) as LabState;
}

async function send(method: "POST" | "DELETE"): Promise<{ bearerToken?: string }> {
  const response = await fetch("/api/threats/csrf/account", {
    method,
    headers: { "content-type": "application/json" },
    body: method === "POST" ? "{}" : undefined,
  });
  const body = (await response.json()) as { bearerToken?: string; message?: string };
  if (!response.ok) throw new Error(body.message ?? `the lab answered ${response.status}`);
  return body;
}

export function CsrfAccount({ attackUrl }: { attackUrl: string | null }) {
  const [state, setState] = useState<LabState | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The Bearer token lives in this tab's sessionStorage: another tab of the same browser has the
  // cookies but not the token, and the page says so instead of failing.
  const [hasBearer, setHasBearer] = useState(false);
  const refresh = () =>
    load().then(
      (next) => {
        setState(next);
        setHasBearer(sessionStorage.getItem(BEARER_KEY) !== null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  useEffect(() => {
    void refresh();
  }, []);

  async function act(run: () => Promise<void>) {
    setError(null);
    setMessage(null);
    try {
      await run();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
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
      const body = (await response.json()) as { message?: string };
      setMessage(
        response.ok
          ? "Sent 10 coins to bob: this page's script added the Authorization header itself."
          : `Refused (${response.status}): ${body.message ?? "no reason given"}`,
      );
    });

  if (state === null) return error ? <p role="alert">{error}</p> : <p>Loading…</p>;
  const { account, cookies } = state;
  return (
    <div className="space-y-3 text-sm">
      {account === null ? (
        <p data-testid="csrf-balance">No account yet.</p>
      ) : (
        <p data-testid="csrf-balance">
          Balance: <strong>{account.balance}</strong> coins
        </p>
      )}
      <p>
        Cookies this browser holds for the bank:{" "}
        {(["none", "lax", "strict"] as const).map((c) => (
          <span key={c} className="mr-2">
            <code>SameSite={c.charAt(0).toUpperCase() + c.slice(1)}</code> {cookies[c] ? "✓" : "✗"}
          </span>
        ))}
      </p>
      {account !== null && (
        <p data-testid="csrf-bearer-state">
          {hasBearer
            ? "Bearer token: ✓ — this tab's sessionStorage holds a Bearer token for the account; page script adds it to a request itself."
            : "No Bearer token in this tab: it lives in the sessionStorage of the tab that opened the account (each tab has its own). Open a new account here to get one."}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => void open()} className={LAB_PRIMARY_BUTTON}>
          {account === null ? "Open a demo bank account" : "Open a new account (100 coins)"}
        </button>
        {account !== null && (
          <>
            <button
              type="button"
              onClick={() => void payWithBearer()}
              disabled={!hasBearer}
              className="rounded-md border border-slate-300 px-3 py-1.5 disabled:opacity-50"
            >
              Send 10 coins with the Bearer token (from this page)
            </button>
            <button
              type="button"
              onClick={() => void close()}
              className="rounded-md border border-slate-300 px-3 py-1.5"
            >
              Close the account
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
            Visit the attacker&apos;s site
          </a>{" "}
          ({new URL(attackUrl).host} — another site to your browser).
        </p>
      )}
      {account !== null && account.transfers.length > 0 && (
        <table className="w-full text-left" aria-label="Transfers">
          <thead>
            <tr className="text-slate-500">
              <th>When</th>
              <th>Amount</th>
              <th>To</th>
              <th>Authenticated by</th>
            </tr>
          </thead>
          <tbody>
            {account.transfers.map((t, i) => (
              <tr key={i}>
                <td>{new Date(t.at).toISOString().slice(11, 19)}</td>
                <td>{t.amount}</td>
                <td>{t.to}</td>
                <td>{CREDENTIAL_LABEL[t.credential]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
