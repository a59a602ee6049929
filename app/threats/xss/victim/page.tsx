import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { Card, Notice } from "@/app/_components/ui";
import { labOrigins } from "@/app/threats/lab-origins";
import { relaxedXssPolicy, wantsAppPolicy } from "@/lib/threats/xss-policy";
import { carriesRealCredential } from "@/lib/threats/xss-toy";
import { XssVictim } from "./components";

export const metadata: Metadata = { title: "Toy guestbook (the XSS lab's victim)" };

/**
 * A page with a real injection flaw, on purpose: the XSS lab's victim. It runs only where this
 * browser holds no credential of the real app (the twin name), and what it injects comes only from
 * what the learner types into it here.
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
  const { self, twin } = await labOrigins();
  if (carriesRealCredential(await cookies(), await headers()) || twin === null) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Toy guestbook</h1>
        <Notice tone="warning">
          This page has a deliberate injection flaw, so it runs only under the lab&apos;s other
          name, where this browser holds no login of the real app.{" "}
          {twin === null
            ? "This server has no other name here (the lab uses localhost and 127.0.0.1)."
            : `This browser is logged in to the lab as ${self}: open the page from /threats/xss, which links to the other name.`}
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
