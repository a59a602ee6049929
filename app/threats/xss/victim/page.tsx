import type { Metadata } from "next";
import { Card, Notice } from "@/app/_components/ui";
import { xssLabOrigin } from "@/app/threats/lab-origins";
import { relaxedXssPolicy, wantsAppPolicy } from "@/lib/threats/xss-policy";
import { XssVictim } from "./components";

export const metadata: Metadata = { title: "Toy guestbook (the XSS lab's victim)" };

/**
 * A page with a real injection flaw, on purpose: the XSS lab's victim. It runs only on the lab's
 * own origin, where the server answers nothing else — so no credential of the real app can exist
 * there (lib/threats/xss-origin.ts) — and what it injects comes only from what the learner types.
 */
export default async function XssVictimPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const strict = wantsAppPolicy(
    new URLSearchParams(typeof params.csp === "string" ? { csp: params.csp } : {}),
  );
  const { lab, onLab } = await xssLabOrigin();
  if (!onLab) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Toy guestbook</h1>
        <Notice tone="warning">
          This page has a deliberate injection flaw, so it runs only on the lab&apos;s own origin,
          where this server answers nothing else and so holds none of your logins.{" "}
          {lab === null
            ? "This server has no such origin here: its operator sets LAB_ORIGIN (another host name for this server)."
            : `Open it from /threats/xss, which links to ${lab}.`}
        </Notice>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">
        Toy guestbook {strict ? "(with the app's CSP)" : "(vulnerable)"}
      </h1>
      <Card title="This page's Content-Security-Policy">
        <p className="mb-2 text-sm">
          {strict
            ? "The app's own policy: only scripts carrying this response's random nonce run; inline event handlers never do."
            : "Relaxed on purpose: 'unsafe-inline' lets any inline script and event handler run, and there is no nonce."}
        </p>
        <pre className="whitespace-pre-wrap break-all text-xs" data-testid="xss-policy">
          {strict ? "script-src 'self' 'nonce-…' 'strict-dynamic'; …" : relaxedXssPolicy(false)}
        </pre>
      </Card>
      <XssVictim strict={strict} />
    </div>
  );
}
