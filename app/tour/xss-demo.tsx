"use client";
// Client component: it runs, in this very page, what an injected script could run.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { BEARER_STORAGE_KEY } from "@/lib/ui/storage-keys";
import { RunButton } from "./run-button";

type Loot = { cookie: string; stored: string | null; session: number; sealed: number; jwt: number };

/**
 * What an XSS gets here: the cookies page script can read (never the HttpOnly credentials), a
 * token kept in localStorage (whole), and requests that carry the cookies while the page is open.
 */
export function XssDemo() {
  const t = useTranslations("tour.ui");
  const [loot, setLoot] = useState<Loot | null>(null);
  const run = async () => {
    const status = async (area: string) =>
      (await fetch(`/api/${area}/me`, { cache: "no-store" })).status;
    setLoot({
      cookie: document.cookie,
      stored: localStorage.getItem(BEARER_STORAGE_KEY),
      session: await status("session"),
      sealed: await status("sealed"),
      jwt: await status("jwt"),
    });
  };
  return (
    <div className="space-y-2 text-sm">
      <RunButton label={t("xssRun")} onRun={run} />
      {loot && (
        <ul className="list-disc space-y-1 pl-5" data-testid="tour-xss">
          <li>
            {t("xssCookie")} <code className="break-all">{loot.cookie || t("xssEmpty")}</code> —{" "}
            {/lab_session|lab_sealed|lab_jwt/.test(loot.cookie)
              ? t("xssCookieLeak")
              : t("xssCookieSafe")}
          </li>
          <li>
            {loot.stored === null
              ? t("xssNoStored")
              : t("xssStored", { length: loot.stored.length })}
          </li>
          <li data-testid="tour-xss-requests">
            {t("xssRequests", { session: loot.session, sealed: loot.sealed, jwt: loot.jwt })}
          </li>
        </ul>
      )}
    </div>
  );
}
