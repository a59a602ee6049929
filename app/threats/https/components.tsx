"use client";
// Client component: whether this page is a secure context is the browser's verdict, only script
// can ask it; and which test cookie survives is seen by asking the server what came back.

import { useTranslations } from "next-intl";
import { LabStatusError } from "@/lib/threats/lab-fetch";
import { useLabError } from "../use-attempt";
import { useEffect, useState, useSyncExternalStore } from "react";
import { RICH } from "@/app/_components/rich";
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
    if (!response.ok) throw new LabStatusError(response.status);
  }
  const response = await fetch("/api/threats/https/cookies", { cache: "no-store" });
  if (!response.ok) throw new LabStatusError(response.status);
  return ((await response.json()) as { arrived: Arrived }).arrived;
}

export function SecureCookieTest() {
  const t = useTranslations("threats.https.test");
  // Known only in the browser: null while rendering on the server.
  const secureContext = useSyncExternalStore(
    noSubscription,
    () => window.isSecureContext,
    () => null,
  );
  const [arrived, setArrived] = useState<Arrived | null>(null);
  const [asked, setAsked] = useState(false);
  const [error, setError] = useLabError();

  useEffect(() => {
    void call("GET").then(setArrived, (e: unknown) => setError(e));
  }, [setError]);

  const run = (method: "POST" | "DELETE") => {
    setError(null);
    setAsked(method === "POST");
    call(method).then(setArrived, (e: unknown) => setError(e));
  };

  return (
    <div className="space-y-3 text-sm">
      <p data-testid="secure-context">
        {t.rich("context", {
          ...RICH,
          state: secureContext === null ? "unknown" : secureContext ? "yes" : "no",
        })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => run("POST")} className={LAB_PRIMARY_BUTTON}>
          {t("set")}
        </button>
        <button
          type="button"
          onClick={() => run("DELETE")}
          className="rounded-md border border-slate-300 px-3 py-1.5"
        >
          {t("clear")}
        </button>
      </div>
      {arrived && (
        <ul aria-label={t("sentBack")} className="space-y-1">
          {(["secure", "plain"] as const).map((kind) => (
            <li key={kind} data-testid={`cookie-${kind}`} data-arrived={arrived[kind] !== null}>
              <code>lab_https_{kind}</code> ({kind === "secure" ? t("secure") : t("noSecure")}):{" "}
              {arrived[kind] !== null
                ? t.rich("kept", { ...RICH, value: arrived[kind] })
                : asked
                  ? t("refused")
                  : t("notSet")}
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
