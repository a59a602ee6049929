"use client";
// Client component: this variant's credential lives in localStorage, so only page script can use
// it — and so can any script injected into the page.

import { useEffect, useState } from "react";
import { BEARER_STORAGE_KEY } from "../login/components";

interface Me {
  user: { id: number; displayName: string; role: string };
  claims: Record<string, unknown>;
}

type Status = { kind: "loading" } | { kind: "anonymous"; reason: string } | { kind: "ok"; me: Me };

export function BearerDashboard() {
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const [stolen, setStolen] = useState<{ token: string | null; cookie: string } | null>(null);

  useEffect(() => {
    const token = localStorage.getItem(BEARER_STORAGE_KEY);
    const load = token
      ? fetch("/api/jwt/me", {
          headers: { authorization: `Bearer ${token}` },
          cache: "no-store",
        }).then(async (r) =>
          r.ok
            ? ({ kind: "ok", me: (await r.json()) as Me } as const)
            : ({ kind: "anonymous", reason: `the API answered ${r.status}` } as const),
        )
      : Promise.resolve({ kind: "anonymous", reason: "no token in localStorage" } as const);
    void load.then(setStatus);
  }, []);

  if (status.kind === "loading") return <p>Loading…</p>;
  if (status.kind === "anonymous") {
    return (
      <p data-testid="bearer-status">
        Not logged in ({status.reason}). Log in on{" "}
        <a className="underline" href="/jwt/login">
          the JWT login page
        </a>
        .
      </p>
    );
  }
  return (
    <div className="space-y-4">
      <p data-testid="bearer-status">
        Logged in as <strong>{status.me.user.displayName}</strong> ({status.me.user.role}) — the
        token travelled in the <code>Authorization: Bearer</code> header, read from localStorage. No
        cookie was involved.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md border border-red-400 bg-red-50 px-3 py-1.5"
          onClick={() =>
            setStolen({ token: localStorage.getItem(BEARER_STORAGE_KEY), cookie: document.cookie })
          }
        >
          Run a script as an XSS would
        </button>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1.5"
          onClick={() => {
            localStorage.removeItem(BEARER_STORAGE_KEY);
            setStatus({
              kind: "anonymous",
              reason:
                "you logged out: the token was removed from localStorage, but it stays valid until exp",
            });
          }}
        >
          Log out
        </button>
      </div>
      {stolen && (
        <div
          role="alert"
          className="space-y-1 rounded border border-red-300 bg-red-50 p-3 text-sm"
          data-testid="xss-result"
        >
          <p>
            <strong>localStorage:</strong> the whole token, {stolen.token?.length ?? 0} characters,
            starting <code>{stolen.token?.slice(0, 16)}…</code> — a script could send it anywhere
            and use it until its exp.
          </p>
          <p>
            <strong>document.cookie:</strong> <code>{stolen.cookie || "(empty)"}</code> — an
            HttpOnly cookie never appears here.
          </p>
        </div>
      )}
    </div>
  );
}
