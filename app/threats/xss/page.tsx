import type { Metadata } from "next";
import { Card, HowItWorks, Notice } from "@/app/_components/ui";
import { xssLabOrigin } from "@/app/threats/lab-origins";
import { XSS_VICTIM_PAGE } from "@/lib/threats/xss-policy";

export const metadata: Metadata = { title: "XSS lab" };

/** An injection on an isolated toy page: what HttpOnly and a CSP each do and do not stop. */
export default async function XssLabPage() {
  const { lab } = await xssLabOrigin();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">XSS: a script that is not yours runs in the page</h1>
      <Card title="The toy guestbook">
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          A toy page with a real injection flaw: it writes your comment into the page as HTML. It
          has a toy login of its own (an HttpOnly cookie and a token in localStorage) and is served
          from the lab&apos;s own origin, where this server answers nothing but the lab — so no
          login, token or key of yours can ever be within its reach, on any path. Type a payload (or
          pick one), post it, and see what the script gets.
        </p>
        {lab === null ? (
          <Notice tone="warning">
            This server has no origin for the lab here. Its operator points a second host name at it
            and sets <code>LAB_ORIGIN</code>; on your own machine, open the lab at{" "}
            <code>http://localhost:PORT/threats/xss</code>.
          </Notice>
        ) : (
          <a className="font-semibold underline" href={`${lab}${XSS_VICTIM_PAGE}`}>
            Open the toy guestbook ({lab})
          </a>
        )}
      </Card>
      <HowItWorks>
        <p>
          <strong>HttpOnly limits theft, not abuse.</strong> The injected script reads the
          localStorage token at once — it can send it anywhere. It cannot read the HttpOnly cookie (
          <code>document.cookie</code> does not list it), but its <code>fetch</code> to the toy API
          carries the cookie all the same: while the page is open, the script acts as the user.
        </p>
        <p>
          <strong>CSP limits the injection.</strong> The same page with the app&apos;s own policy (a
          fresh nonce on every response, <code>&apos;strict-dynamic&apos;</code>, no{" "}
          <code>&apos;unsafe-inline&apos;</code>) refuses the inline handler, and the browser
          reports the violation. The cure for the flaw itself is never to write input as HTML: React
          escapes text by default; <code>innerHTML</code> and <code>dangerouslySetInnerHTML</code>{" "}
          opt out of that.
        </p>
        <p>
          The payload comes only from what you type on that page — never from a URL, a stored value
          or another visitor — so the page cannot be turned against anyone else. It runs on an
          origin of its own because a script there could otherwise use every credential of that
          origin: a refresh cookie scoped to <code>/api/jwt</code> is not sent to the page, but a
          script&apos;s <code>fetch</code> to <code>/api/jwt/refresh</code> carries it all the same.
        </p>
      </HowItWorks>
    </div>
  );
}
