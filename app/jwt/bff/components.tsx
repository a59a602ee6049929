"use client";
// Client component: this variant's page holds no credential it could read — only script-driven
// calls to the BFF's API show who is logged in, and what an injected script could and could not do.

import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useState } from "react";
import { LoggedInAs, NotLoggedIn } from "../logged-in-as";

interface Hop {
  from: string;
  to: string;
  credential: string;
  tokenBytes?: number;
  claims?: Record<string, unknown> | null;
  status?: number;
  ms?: number;
}

interface Call {
  user: { id: number; displayName: string; role: string };
  refreshed: { generation: number; graced: boolean } | null;
  hops: [Hop, Hop];
  resource: { status: number; body: unknown };
}

type Why = { key: "noSession" } | { key: "answered"; status: number } | { key: "loggedOut" };
type Status = { kind: "loading" } | { kind: "anonymous"; why: Why } | { kind: "ok"; call: Call };

interface Xss {
  storage: number;
  cookie: string;
  status: number;
}

const TAGS = {
  b: (chunks: ReactNode) => <strong>{chunks}</strong>,
  code: (chunks: ReactNode) => <code>{chunks}</code>,
};

const BUTTON = "rounded-md border border-slate-300 px-3 py-1.5";

/**
 * One call through the BFF: the browser sends its cookie (the browser adds it), nothing else. A
 * refusal that describes the hops (409) is a call the resource API refused: shown as such.
 */
async function callThroughBff(): Promise<Status> {
  const response = await fetch("/api/jwt/bff/me", { cache: "no-store" });
  const body = (await response.json().catch(() => ({}))) as Partial<Call>;
  if (response.ok || body.hops !== undefined) return { kind: "ok", call: body as Call };
  return {
    kind: "anonymous",
    why:
      response.status === 401 ? { key: "noSession" } : { key: "answered", status: response.status },
  };
}

/** The claims worth showing of the token the BFF sent (decoded; the token stayed on the server). */
function shownClaims(claims: Record<string, unknown>): string {
  const { sub, name, exp, jti } = claims;
  return JSON.stringify({ sub, name, exp, jti });
}

/** `hasSession`: the server found this browser's BFF session when it rendered the page. */
export function BffDashboard({ hasSession }: { hasSession: boolean }) {
  const t = useTranslations("bffPage");
  const [status, setStatus] = useState<Status>(
    hasSession ? { kind: "loading" } : { kind: "anonymous", why: { key: "noSession" } },
  );
  const [xss, setXss] = useState<Xss | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (hasSession) void callThroughBff().then(setStatus);
  }, [hasSession]);

  const callAgain = async () => {
    setBusy(true);
    try {
      setStatus(await callThroughBff());
    } finally {
      setBusy(false);
    }
  };

  // What an injected script gets here: no token anywhere it can read — but the browser still adds
  // the cookie to its same-origin request, so while the page is open it can act as the user.
  const runXss = async () => {
    const response = await fetch("/api/jwt/bff/me", { cache: "no-store" });
    setXss({
      storage: localStorage.length + sessionStorage.length,
      cookie: document.cookie,
      status: response.status,
    });
  };

  const logOut = async () => {
    setBusy(true);
    try {
      await fetch("/api/jwt/bff/logout", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      setXss(null);
      setStatus({ kind: "anonymous", why: { key: "loggedOut" } });
    } finally {
      setBusy(false);
    }
  };

  if (status.kind === "loading") return <p>{t("loading")}</p>;
  if (status.kind === "anonymous") {
    const { key, ...values } = status.why;
    return <NotLoggedIn testId="bff-status" reason={t(key, values)} how="bff" />;
  }
  const { call } = status;
  const [, toApi] = call.hops;
  return (
    <div className="space-y-4">
      <LoggedInAs testId="bff-status" user={call.user}>
        {t.rich("travelled", TAGS)}
      </LoggedInAs>
      <section aria-labelledby="bff-hops" className="space-y-2" data-testid="bff-hops">
        <h2 id="bff-hops" className="font-semibold">
          {t("hops.title")}
        </h2>
        <ol className="list-decimal space-y-2 pl-5 text-sm">
          <li data-testid="bff-hop-browser">{t.rich("hops.browser", TAGS)}</li>
          <li data-testid="bff-hop-api">
            {t.rich("hops.api", {
              ...TAGS,
              bytes: toApi.tokenBytes ?? 0,
              status: toApi.status ?? 0,
              ms: toApi.ms ?? 0,
            })}{" "}
            {toApi.claims ? (
              <code className="break-all" translate="no">
                {shownClaims(toApi.claims)}
              </code>
            ) : (
              t("hops.encrypted")
            )}
          </li>
        </ol>
        <p className="text-sm" data-testid="bff-refreshed">
          {call.refreshed === null
            ? t("notRefreshed")
            : t("refreshed", { generation: call.refreshed.generation })}
        </p>
        {call.resource.status !== 200 && (
          <p role="alert" className="text-sm font-semibold" data-testid="bff-refused">
            {t("refusedByApi", { status: call.resource.status })}
          </p>
        )}
        <p className="text-sm" data-testid="bff-resource">
          {t("resource", { status: call.resource.status })}{" "}
          <code className="break-all" translate="no">
            {JSON.stringify(call.resource.body)}
          </code>
        </p>
      </section>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={callAgain} disabled={busy}>
          {t("callAgain")}
        </button>
        <button
          type="button"
          className="rounded-md border border-red-400 bg-red-50 px-3 py-1.5"
          onClick={runXss}
        >
          {t("xss")}
        </button>
        <button type="button" className={BUTTON} onClick={logOut} disabled={busy}>
          {t("logOut")}
        </button>
      </div>
      {xss && (
        <div
          role="alert"
          className="space-y-1 rounded border border-red-300 bg-red-50 p-3 text-sm"
          data-testid="bff-xss"
        >
          <p>{t.rich("stolen.storage", { ...TAGS, count: xss.storage })}</p>
          <p>{t.rich("stolen.cookie", { ...TAGS, cookie: xss.cookie || t("stolen.empty") })}</p>
          <p data-testid="bff-xss-request">
            {t.rich(xss.status === 200 ? "stolen.acted" : "stolen.refused", {
              ...TAGS,
              status: xss.status,
            })}
          </p>
        </div>
      )}
    </div>
  );
}
