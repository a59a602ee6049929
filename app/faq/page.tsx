import type { Metadata } from "next";
import { NeedsScript } from "@/app/_components/needs-script";
import Link from "next/link";
import type { ReactNode } from "react";
import { CostFigures } from "@/app/_components/cost-figures";
import { LiveSequence } from "@/app/_components/inspector/sequence-section";
import { InspectorProvider } from "@/app/_components/inspector/shared-inspector";
import { LiveState } from "@/app/_components/inspector/live-state";
import { Term } from "@/app/_components/term";
import { DocumentCookie } from "@/app/_components/document-cookie";
import { FAQ } from "@/lib/learn/faq";
import {
  JwtCookieAttributes,
  JwtLifetimes,
  TamperEvidence,
} from "@/app/_components/server-evidence";

export const metadata: Metadata = { title: "Questions people ask" };

function Answer({
  id,
  children,
  evidence,
}: {
  id: string;
  children: ReactNode;
  evidence: ReactNode;
}) {
  const { question } = FAQ.find((q) => q.id === id)!;
  return (
    <section id={id} aria-labelledby={`${id}-q`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-q`} className="text-xl font-semibold">
        {question}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-2 leading-7">{children}</div>
        <div
          className="space-y-2 rounded-lg border border-slate-200 bg-white p-3"
          aria-label={`Evidence: ${question}`}
          role="group"
          data-testid={`evidence-${id}`}
        >
          <p className="text-xs font-semibold uppercase text-slate-600">Live evidence</p>
          {evidence}
        </div>
      </div>
    </section>
  );
}

const link = (href: string, text: string) => (
  <Link href={href} prefetch={false} className="underline">
    {text}
  </Link>
);

/** The six questions learners ask, each answered beside live evidence from this server. */
export default function FaqPage() {
  return (
    <InspectorProvider>
      <div className="space-y-10">
        <div className="max-w-3xl space-y-3">
          <h1 className="text-2xl font-bold">Questions people ask</h1>
          <NeedsScript>
            Some evidence below is live and needs JavaScript; the answers, the forged-token verdicts
            and the settings are rendered by the server and need none.
          </NeedsScript>
          <ol className="list-decimal pl-5">
            {FAQ.map(({ id, question }) => (
              <li key={id}>{link(`#${id}`, question)}</li>
            ))}
          </ol>
        </div>
        <Answer
          id="difference"
          evidence={
            <>
              <LiveState area="session" />
              <LiveState area="jwt" show="credential" />
            </>
          }
        >
          <p>
            Where the login lives. With a <Term id="session">session</Term> the server keeps a
            record and the browser holds only a random id; every request is looked up. With a{" "}
            <Term id="jwt">JWT</Term> the browser holds a signed statement of who you are and until
            when; the server keeps nothing and checks the signature.
          </p>
          <p>
            Beside this: what <em>your</em> browser holds and what this server keeps for it right
            now. {link("/tour", "Take the tour")} or {link("/compare", "compare them")} to fill it.
          </p>
        </Answer>
        <Answer id="trade-offs" evidence={<CostFigures />}>
          <p>
            <strong>Sessions:</strong> logout and revocation work at once; nothing readable in the
            browser; small cookie. But: server state that grows with logins, and a store all
            instances must share.
          </p>
          <p>
            <strong>JWTs:</strong> no lookup per request; any service with the public key verifies
            offline. But: a copy works until <Term id="exp">exp</Term> even after logout (see step 4
            on {link("/compare", "Compare")}); revoking early needs state again; bigger credential;
            stale claims until re-issued.
          </p>
        </Answer>
        <Answer
          id="storage"
          evidence={
            <>
              <JwtCookieAttributes />
              <DocumentCookie />
            </>
          }
        >
          <p>
            In an <Term id="httponly">HttpOnly</Term>, <Term id="secure">Secure</Term>,{" "}
            <Term id="samesite">SameSite</Term> cookie — not in <code>localStorage</code>. Any
            script in the page (an <Term id="xss">XSS</Term>) reads storage and sends the token
            away; it cannot read an HttpOnly cookie. The cookie then needs{" "}
            <Term id="csrf">CSRF</Term> protection, like a session cookie. Native apps send it as a{" "}
            <Term id="bearer">Bearer</Term> header instead.
          </p>
          <p>
            See an injected script read a stored token on {link("/jwt/bearer", "the Bearer page")},
            and the CSRF defences in {link("/threats/csrf", "the CSRF lab")}.
          </p>
        </Answer>
        <Answer
          id="expiry"
          evidence={
            <>
              <JwtLifetimes />
              <LiveState area="jwt" show="credential" />
            </>
          }
        >
          <p>
            Its <Term id="exp">exp</Term> claim is a time; after it every verifier refuses the token
            (<code>ERR_JWT_EXPIRED</code>). Access tokens are short so that a stolen copy dies soon.
            A long-lived, server-side <Term id="refresh-token">refresh token</Term> gets a new one;
            each use rotates it, and reusing an old one ends the whole{" "}
            <Term id="refresh-family">family</Term>.
          </p>
          <p>
            Watch the countdown beside this, or jump ahead with the clock on{" "}
            {link("/jwt", "the JWT page")}. {link("/learn/refresh-and-revocation", "Learn more")}.
          </p>
        </Answer>
        <Answer id="integrity" evidence={<TamperEvidence />}>
          <p>
            By its <Term id="signature">signature</Term>: a value computed over the header and the
            payload with the server&apos;s key. Change any byte and the signature no longer matches;
            without the private key nobody can make a new one. The payload is <em>not</em> hidden —
            signing protects integrity, not secrecy (that is <Term id="jwe">JWE</Term>).
          </p>
        </Answer>
        <Answer
          id="validation"
          evidence={
            <>
              <p className="text-sm">Your latest JWT request, drawn from its trace:</p>
              <LiveSequence area="jwt" />
            </>
          }
        >
          <ol className="list-decimal space-y-1 pl-5">
            <li>Take the token from the cookie (or the Bearer header); refuse one too large.</li>
            <li>
              Decode the header; accept only this server&apos;s configured <Term id="alg">alg</Term>{" "}
              (never <code>none</code>).
            </li>
            <li>
              Find the key by <Term id="kid">kid</Term> in its own key set, and verify the
              signature.
            </li>
            <li>
              Check <Term id="iss">iss</Term>, <Term id="aud">aud</Term>, the type, the required
              claims, <Term id="exp">exp</Term> and the maximum age from <Term id="iat">iat</Term>.
            </li>
            <li>
              Only under a revoking strategy: ask the <Term id="denylist">deny-list</Term> or the
              user&apos;s <Term id="ver">token version</Term> — the one step with a query.
            </li>
          </ol>
          <p>
            This server does it twice, in the <Term id="proxy">proxy</Term> and in the{" "}
            <Term id="dal">DAL</Term>; the second is <Term id="memo">memoised</Term>.{" "}
            {link("/learn/jwt-anatomy", "Learn more")}.
          </p>
        </Answer>
      </div>
    </InspectorProvider>
  );
}
