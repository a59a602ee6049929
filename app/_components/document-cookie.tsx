"use client";
// Client component: it shows what a script in this page can read, so it must run in the page.

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** `document.cookie` as any script in this page (an injected one too) reads it right now. */
export function DocumentCookie() {
  const visible = useSyncExternalStore(
    noSubscription,
    () => document.cookie,
    () => null,
  );
  if (visible === null) return <p className="text-sm">Reading document.cookie…</p>;
  return (
    <p className="text-sm" data-testid="faq-document-cookie">
      A script in this page reads <code>document.cookie</code> ={" "}
      <code className="break-all">{visible || "(empty)"}</code> —{" "}
      {visible.includes("lab_jwt") ? "your token is visible!" : "no token in it"}.
    </p>
  );
}
