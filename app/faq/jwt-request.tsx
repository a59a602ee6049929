"use client";
// Client component: it sends a request from this browser, so that its trace is this browser's.

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";

const ME = "/api/jwt/me";

/**
 * Makes sure the validation answer has a JWT request to draw: right after the one-click sign-in
 * there is none yet, so the page sends one (GET, nothing changes), and the reader may send more.
 */
export function JwtRequest({ sendNow }: { sendNow: boolean }) {
  const t = useTranslations("faq.jwtRequest");
  const [status, setStatus] = useState<number | null>(null);
  const sent = useRef(false);
  const send = useCallback(() => {
    // The body is read to its end: a response left unread stays open in the browser (the page
    // never settles, and the connection is held).
    void fetch(ME, { cache: "no-store" })
      .then(async (response) => {
        await response.arrayBuffer();
        setStatus(response.status);
      })
      .catch(() => setStatus(0));
  }, []);
  useEffect(() => {
    if (!sendNow || sent.current) return;
    sent.current = true;
    send();
  }, [sendNow, send]);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {status !== null && (
        <p role="status" data-testid="jwt-request-status">
          {t.rich("sent", { status, code: (chunks) => <code>{chunks}</code> })}
        </p>
      )}
      <button
        type="button"
        onClick={send}
        className="rounded-md border border-slate-400 px-2 py-0.5"
      >
        {t("send")}
      </button>
    </div>
  );
}
