"use client";
// Client component: this variant's credential lives in localStorage, so only page script can use
// it — and so can any script injected into the page.

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useState } from "react";
import { BEARER_REFRESH_KEY, BEARER_STORAGE_KEY } from "@/lib/ui/storage-keys";
import { announceRefresh, withRefreshLock } from "@/lib/ui/tab-refresh";
import { LoggedInAs, NotLoggedIn } from "../logged-in-as";
import { RefreshRace } from "./race";

interface Me {
  user: { id: number; displayName: string; role: string };
  claims: Record<string, unknown>;
}

/** Why no one is logged in here, said in the reader's language when shown. */
type Why = { key: "noToken" } | { key: "answered"; status: number } | { key: "loggedOut" };

type Status = { kind: "loading" } | { kind: "anonymous"; why: Why } | { kind: "ok"; me: Me };

const TAGS = {
  b: (chunks: ReactNode) => <strong>{chunks}</strong>,
  code: (chunks: ReactNode) => <code>{chunks}</code>,
};

function fetchMe(token: string): Promise<Response> {
  return fetch("/api/jwt/me", { headers: { authorization: `Bearer ${token}` }, cache: "no-store" });
}

/**
 * Renews the pair — one tab at a time (lib/ui/tab-refresh.ts): a tab that gets the lock and finds
 * another refresh token stored than the one it started with takes that tab's result instead of
 * presenting a spent token (which would be reuse, and revoke the family). The new access token,
 * or null.
 */
async function renewOnce(startedWith: string): Promise<string | null> {
  return withRefreshLock(async () => {
    if (localStorage.getItem(BEARER_REFRESH_KEY) !== startedWith) {
      return localStorage.getItem(BEARER_STORAGE_KEY);
    }
    const refreshed = await fetch("/api/jwt/refresh", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ refreshToken: startedWith }),
    });
    if (!refreshed.ok) return null;
    const pair = (await refreshed.json()) as { accessToken: string; refreshToken: string };
    localStorage.setItem(BEARER_STORAGE_KEY, pair.accessToken);
    localStorage.setItem(BEARER_REFRESH_KEY, pair.refreshToken);
    announceRefresh();
    return pair.accessToken;
  });
}

/**
 * Asks the API who the stored token belongs to; when the access token has expired, trades the
 * stored refresh token for a new pair first (this variant's refresh: `{refreshToken}` in JSON).
 */
async function loadMe(): Promise<Status> {
  const token = localStorage.getItem(BEARER_STORAGE_KEY);
  if (!token) return { kind: "anonymous", why: { key: "noToken" } };
  // The pair as this tab found it: if another tab renews meanwhile, the lock sees the change.
  const refreshToken = localStorage.getItem(BEARER_REFRESH_KEY);
  let response = await fetchMe(token);
  if (response.status === 401 && refreshToken) {
    const renewed = await renewOnce(refreshToken);
    if (renewed !== null) response = await fetchMe(renewed);
  }
  return response.ok
    ? { kind: "ok", me: (await response.json()) as Me }
    : { kind: "anonymous", why: { key: "answered", status: response.status } };
}

export function BearerDashboard() {
  const t = useTranslations("bearerPage");
  const [status, setStatus] = useState<Status>({ kind: "loading" });
  const [stolen, setStolen] = useState<{
    token: string | null;
    refresh: string | null;
    cookie: string;
  } | null>(null);

  useEffect(() => {
    void loadMe().then(setStatus);
  }, []);

  if (status.kind === "loading") return <p>{t("loading")}</p>;
  if (status.kind === "anonymous") {
    const { key, ...values } = status.why;
    return <NotLoggedIn testId="bearer-status" reason={t(key, values)} />;
  }
  return (
    <div className="space-y-4">
      <LoggedInAs testId="bearer-status" user={status.me.user}>
        {t.rich("travelled", { code: (chunks) => <code>{chunks}</code> })}
      </LoggedInAs>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="rounded-md border border-red-400 bg-red-50 px-3 py-1.5"
          onClick={() =>
            setStolen({
              token: localStorage.getItem(BEARER_STORAGE_KEY),
              refresh: localStorage.getItem(BEARER_REFRESH_KEY),
              cookie: document.cookie,
            })
          }
        >
          {t("xss")}
        </button>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1.5"
          onClick={() => {
            const token = localStorage.getItem(BEARER_STORAGE_KEY);
            const refreshToken = localStorage.getItem(BEARER_REFRESH_KEY);
            // Ends the refresh family on the server (found from either token, so an expired
            // access token is no obstacle); the access token itself lives until exp.
            void fetch("/api/jwt/logout", {
              method: "POST",
              headers: {
                "content-type": "application/json",
                ...(token ? { authorization: `Bearer ${token}` } : {}),
              },
              body: JSON.stringify(refreshToken ? { refreshToken } : {}),
            });
            localStorage.removeItem(BEARER_STORAGE_KEY);
            localStorage.removeItem(BEARER_REFRESH_KEY);
            setStatus({ kind: "anonymous", why: { key: "loggedOut" } });
          }}
        >
          {t("logOut")}
        </button>
      </div>
      <RefreshRace />
      {stolen && (
        <div
          role="alert"
          className="space-y-1 rounded border border-red-300 bg-red-50 p-3 text-sm"
          data-testid="xss-result"
        >
          <p>
            {t.rich("stolen.token", {
              ...TAGS,
              length: stolen.token?.length ?? 0,
              start: stolen.token?.slice(0, 16) ?? "",
            })}
          </p>
          <p>{t.rich("stolen.refresh", { ...TAGS, length: stolen.refresh?.length ?? 0 })}</p>
          <p>{t.rich("stolen.cookie", { ...TAGS, cookie: stolen.cookie || t("stolen.empty") })}</p>
        </div>
      )}
    </div>
  );
}
