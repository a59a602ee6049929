"use client";
// Client component: the page's flaw is a DOM sink — the comment is written into the page with
// innerHTML — and the toy login keeps a token in localStorage, as a careless SPA would (the toy
// backend-for-frontend's login, beside it, keeps none here).

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { RICH } from "@/app/_components/rich";
import { postJson } from "@/lib/threats/lab-fetch";
import {
  BEARER_REFRESH_KEY,
  BEARER_STORAGE_KEY,
  DPOP_REFRESH_KEY,
  DPOP_TOKEN_KEY,
} from "@/lib/ui/storage-keys";
import { LAB_BUTTON as BUTTON, LAB_PRIMARY_BUTTON } from "../../buttons";

const TOKEN_KEY = "lab_xss_toy_token";
const DRAFT_KEY = "lab_xss_draft";

const REAL_KEYS = [BEARER_STORAGE_KEY, BEARER_REFRESH_KEY, DPOP_TOKEN_KEY, DPOP_REFRESH_KEY];

/**
 * Defence in depth: the lab's origin never holds the app's tokens or DPoP key (the server answers
 * nothing else there), but should any token or IndexedDB database ever be found here, the flaw
 * stays off.
 */
async function holdsRealCredential(): Promise<boolean> {
  if (REAL_KEYS.some((key) => localStorage.getItem(key) !== null)) return true;
  const databases = typeof indexedDB.databases === "function" ? await indexedDB.databases() : [];
  return databases.length > 0;
}

// The two ready-made payloads, by the message that names each (threats.xss.victim).
const PAYLOADS = {
  payloadRead: `<img src="x" onerror="document.getElementById('loot').textContent = 'localStorage token: ' + localStorage.getItem('${TOKEN_KEY}') + ' | document.cookie: [' + document.cookie + ']'">`,
  payloadUse: `<img src="x" onerror="fetch('/api/threats/xss/toy').then(r => r.json()).then(d => { document.getElementById('loot').textContent = 'Used the cookie session: ' + JSON.stringify(d) })">`,
  payloadBff: `<img src="x" onerror="fetch('/api/threats/xss/toy-bff').then(r => r.json().then(d => { document.getElementById('loot').textContent = 'Asked the BFF (' + r.status + '): ' + JSON.stringify(d) }))">`,
};

const TOY_BFF_API = "/api/threats/xss/toy-bff";

export function XssVictim({ strict }: { strict: boolean }) {
  const t = useTranslations("threats.xss.victim");
  const [draft, setDraft] = useState("");
  const [loggedIn, setLoggedIn] = useState(false);
  // Whether this page logged in through the toy BFF: nothing here can tell otherwise (its cookie
  // is HttpOnly, and it keeps no token here), so the page remembers it said so.
  const [viaBff, setViaBff] = useState(false);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  // Until the effect below has read this origin's storage, nothing may act (a click before then
  // would be lost to hydration, or undone by the effect's own state).
  const [ready, setReady] = useState(false);
  const comment = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const kept = sessionStorage.getItem(DRAFT_KEY) ?? "";
    const toy = localStorage.getItem(TOKEN_KEY) !== null;
    void holdsRealCredential().then((held) => {
      setDraft(kept);
      setRefused(held);
      setLoggedIn(toy);
      setReady(true);
    });
    const onViolation = (e: SecurityPolicyViolationEvent) => setBlocked(e.effectiveDirective);
    document.addEventListener("securitypolicyviolation", onViolation);
    return () => document.removeEventListener("securitypolicyviolation", onViolation);
  }, []);

  const logIn = async () => {
    const { token } = await postJson<{ token: string }>("/api/threats/xss/toy", {});
    localStorage.setItem(TOKEN_KEY, token);
    setLoggedIn(true);
  };

  const logInViaBff = async () => {
    await postJson(TOY_BFF_API, {});
    setViaBff(true);
  };

  const logOutOfBff = async () => {
    await postJson(TOY_BFF_API, { logout: true });
    setViaBff(false);
  };

  const post = () => {
    if (!ready || refused || comment.current === null) return;
    setBlocked(null);
    document.getElementById("loot")!.textContent = "";
    sessionStorage.setItem(DRAFT_KEY, draft);
    comment.current.innerHTML = draft; // THE FLAW: the comment is parsed as HTML
  };

  if (refused) {
    return (
      <p role="alert" className="text-sm">
        {t("refused")}
      </p>
    );
  }
  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={logIn} disabled={!ready}>
          {t("logIn")}
        </button>
        <span data-testid="toy-login">{loggedIn ? t("loggedIn") : t("notLoggedIn")}</span>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {viaBff ? (
          <button type="button" className={BUTTON} onClick={logOutOfBff} disabled={!ready}>
            {t("logOutBff")}
          </button>
        ) : (
          <button type="button" className={BUTTON} onClick={logInViaBff} disabled={!ready}>
            {t("logInBff")}
          </button>
        )}
        <span data-testid="toy-bff-login">{viaBff ? t("loggedInBff") : t("notLoggedInBff")}</span>
      </div>
      <label className="block">
        <span className="font-semibold">{t("comment")}</span>
        <textarea
          translate="no"
          className="mt-1 h-24 w-full rounded border border-slate-300 p-2 font-mono text-xs"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          spellCheck={false}
        />
      </label>
      <div className="flex flex-wrap gap-2">
        {(Object.keys(PAYLOADS) as Array<keyof typeof PAYLOADS>).map((name) => (
          <button
            key={name}
            type="button"
            className={BUTTON}
            onClick={() => setDraft(PAYLOADS[name])}
          >
            {t(name)}
          </button>
        ))}
        <button type="button" className={LAB_PRIMARY_BUTTON} onClick={post} disabled={!ready}>
          {t("post")}
        </button>
      </div>
      <div className="rounded-md border border-slate-200 p-3">
        <p className="font-semibold">{t("guestbook")}</p>
        <div ref={comment} data-testid="comment" />
      </div>
      <p className="rounded-md border border-amber-300 bg-amber-50 p-2" data-testid="loot-box">
        {t("loot")} <output id="loot" data-testid="loot" translate="no" />
      </p>
      {blocked && (
        <p role="status" data-testid="csp-blocked">
          {t.rich("blocked", { ...RICH, directive: blocked })}
        </p>
      )}
      <p>
        <a className="underline" href={strict ? "?" : "?csp=app"}>
          {strict ? t("relaxedLink") : t("strictLink")}
        </a>
      </p>
    </div>
  );
}
