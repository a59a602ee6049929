import type { Metadata } from "next";
import { Card, HowItWorks, Notice } from "@/app/_components/ui";
import { labOrigins } from "@/app/threats/lab-origins";
import { XSS_VICTIM_PAGE } from "@/lib/threats/xss-policy";

export const metadata: Metadata = { title: "XSS lab" };

/** An injection on an isolated toy page: what HttpOnly and a CSP each do and do not stop. */
export default async function XssLabPage() {
  const { twin } = await labOrigins();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">XSS: a script that is not yours runs in the page</h1>
      <Card title="The toy guestbook">
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          A toy page with a real injection flaw: it writes your comment into the page as HTML. It
          has a toy login of its own (an HttpOnly cookie and a token in localStorage) and is served
          under the lab&apos;s other name, so none of your real logins or storage is within its
          reach. Type a payload (or pick one), post it, and see what the script gets.
        </p>
        {twin === null ? (
          <Notice tone="warning">
            The toy page is this server under its other loopback name: open the lab at{" "}
            <code>http://localhost:PORT/threats/xss</code> or{" "}
            <code>http://127.0.0.1:PORT/threats/xss</code>.
          </Notice>
        ) : (
          <a className="font-semibold underline" href={`${twin}${XSS_VICTIM_PAGE}`}>
            Open the toy guestbook ({twin})
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
          or another visitor — so the page cannot be turned against anyone else, and it refuses to
          run where the browser holds a login of the real app.
        </p>
      </HowItWorks>
    </div>
  );
}
