"use client";
// Client component: the page's flaw is a DOM sink — the comment is written into the page with
// innerHTML — and the toy login keeps a token in localStorage, as a careless SPA would.

import { useEffect, useRef, useState } from "react";
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

const PAYLOADS = {
  "Payload: read the token and the cookies": `<img src="x" onerror="document.getElementById('loot').textContent = 'localStorage token: ' + localStorage.getItem('${TOKEN_KEY}') + ' | document.cookie: [' + document.cookie + ']'">`,
  "Payload: use the cookie session": `<img src="x" onerror="fetch('/api/threats/xss/toy').then(r => r.json()).then(d => { document.getElementById('loot').textContent = 'Used the cookie session: ' + JSON.stringify(d) })">`,
};

export function XssVictim({ strict }: { strict: boolean }) {
  const [draft, setDraft] = useState("");
  const [loggedIn, setLoggedIn] = useState(false);
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
        This origin holds a token or key of the real app: the flaw stays off here.
      </p>
    );
  }
  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={logIn} disabled={!ready}>
          Log in to the toy account
        </button>
        <span data-testid="toy-login">
          {loggedIn
            ? "Logged in: an HttpOnly toy cookie, and a toy token in localStorage."
            : "Not logged in."}
        </span>
      </div>
      <label className="block">
        <span className="font-semibold">
          Your comment (it is shown to the page as HTML — the flaw)
        </span>
        <textarea
          className="mt-1 h-24 w-full rounded border border-slate-300 p-2 font-mono text-xs"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          spellCheck={false}
        />
      </label>
      <div className="flex flex-wrap gap-2">
        {Object.entries(PAYLOADS).map(([label, payload]) => (
          <button key={label} type="button" className={BUTTON} onClick={() => setDraft(payload)}>
            {label}
          </button>
        ))}
        <button type="button" className={LAB_PRIMARY_BUTTON} onClick={post} disabled={!ready}>
          Post the comment
        </button>
      </div>
      <div className="rounded-md border border-slate-200 p-3">
        <p className="font-semibold">The guestbook</p>
        <div ref={comment} data-testid="comment" />
      </div>
      <p className="rounded-md border border-amber-300 bg-amber-50 p-2" data-testid="loot-box">
        What the injected script got: <output id="loot" data-testid="loot" />
      </p>
      {blocked && (
        <p role="status" data-testid="csp-blocked">
          Blocked by the Content-Security-Policy ({blocked}): the inline handler never ran.
        </p>
      )}
      <p>
        <a className="underline" href={strict ? "?" : "?csp=app"}>
          {strict ? "The same page with its relaxed policy" : "The same page with the app's CSP"}
        </a>
      </p>
    </div>
  );
}
