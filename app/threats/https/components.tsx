"use client";
// Client component: whether this page is a secure context is the browser's verdict, only script
// can ask it; and which test cookie survives is seen by asking the server what came back.

import { useEffect, useState, useSyncExternalStore } from "react";
import { LAB_PRIMARY_BUTTON } from "../buttons";

const noSubscription = () => () => {};

type Arrived = Record<"secure" | "plain", string | null>;

async function call(method: "GET" | "POST" | "DELETE"): Promise<Arrived> {
  if (method !== "GET") {
    const response = await fetch("/api/threats/https/cookies", {
      method,
      headers: { "content-type": "application/json" },
      body: method === "POST" ? "{}" : undefined,
    });
    if (!response.ok) throw new Error(`the lab answered ${response.status}`);
  }
  const response = await fetch("/api/threats/https/cookies", { cache: "no-store" });
  if (!response.ok) throw new Error(`the lab answered ${response.status}`);
  return ((await response.json()) as { arrived: Arrived }).arrived;
}

export function SecureCookieTest() {
  // Known only in the browser: null while rendering on the server.
  const secureContext = useSyncExternalStore(
    noSubscription,
    () => window.isSecureContext,
    () => null,
  );
  const [arrived, setArrived] = useState<Arrived | null>(null);
  const [asked, setAsked] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void call("GET").then(setArrived, (e: unknown) => setError(String(e)));
  }, []);

  const run = (method: "POST" | "DELETE") => {
    setError(null);
    setAsked(method === "POST");
    call(method).then(setArrived, (e: unknown) => setError(String(e)));
  };

  return (
    <div className="space-y-3 text-sm">
      <p data-testid="secure-context">
        Your browser says this page{" "}
        {secureContext === null
          ? "…"
          : secureContext
            ? "is a secure context"
            : "is not a secure context"}{" "}
        (<code>window.isSecureContext</code>).
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => run("POST")} className={LAB_PRIMARY_BUTTON}>
          Set both test cookies
        </button>
        <button
          type="button"
          onClick={() => run("DELETE")}
          className="rounded-md border border-slate-300 px-3 py-1.5"
        >
          Clear them
        </button>
      </div>
      {arrived && (
        <ul aria-label="Test cookies sent back" className="space-y-1">
          {(["secure", "plain"] as const).map((kind) => (
            <li key={kind} data-testid={`cookie-${kind}`} data-arrived={arrived[kind] !== null}>
              <code>lab_https_{kind}</code> ({kind === "secure" ? "Secure" : "no Secure"}):{" "}
              {arrived[kind] !== null
                ? `kept and sent back (${arrived[kind]})`
                : asked
                  ? "refused by the browser — never stored, never sent"
                  : "not set"}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
