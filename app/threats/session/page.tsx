import type { Metadata } from "next";
import { Card, HowItWorks } from "@/app/_components/ui";
import { DemoUsers } from "@/app/_components/demo-users";
import { FixationLab } from "./components";
import { LeakLab } from "./leak";
import { ProxyLab } from "./proxy-lab";

export const metadata: Metadata = { title: "Session attacks" };

/** Session fixation and the proxy-only mistake, run for real against this server. */
export default function SessionThreatsPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Session attacks</h1>
      <Card title="Fixation: a cookie planted before login">
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          Someone with a moment at your browser (a shared computer, a sibling site that may set
          cookies for yours) plants a session cookie whose value they know, then waits for you to
          log in. If the server keeps the id it is handed, the attacker is logged in as you.
        </p>
        <FixationLab />
        <div className="mt-3">
          <DemoUsers />
        </div>
      </Card>
      <Card title="The database leak">
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          A backup left public, an SQL injection: the attacker has the tables. The lab makes a toy
          user, logs it in through each mechanism with the app&apos;s own code, and hands you
          exactly the rows those logins wrote (never the real database, which holds other
          visitors&apos; password hashes). Then it tries each stolen value as a credential.
        </p>
        <LeakLab />
      </Card>
      <Card title="Proxy-only protection">
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          Two toy routes hold the same secret. The proxy guards both: without a session it answers
          401 before either runs. One route trusts that; the other asks the DAL again. Log out of
          the session area (or use a private window), then skip the proxy.
        </p>
        <ProxyLab />
      </Card>
      <HowItWorks>
        <p>
          <strong>Fixation.</strong> The plant is a real <code>Set-Cookie</code> of the session
          cookie with a value the &quot;attacker&quot; chose. The login that follows is the session
          area&apos;s real login: it never looks at the cookie it is sent and always starts a
          session under a fresh 256-bit token, so the planted value is a token no session has
          (OWASP: renew the session id at every login and privilege change). The page shows
          fingerprints, never the new token itself.
        </p>
        <p>
          <strong>The leak.</strong> Every secret the tables hold is one-way or sealed: passwords as
          argon2id hashes, session and refresh tokens as SHA-256 of 256 random bits (the credential
          is the token, which only the browser has), private keys sealed under a key derived from
          the server&apos;s secret, kept outside the database. The sealed-cookie session leaves
          nothing in the tables at all. A leaked <em>signing key</em> is another matter: whoever has
          it signs any token, for anyone, and it verifies — retiring the key (C24) is the only way
          out, and it ends every token it signed at once.
        </p>
        <p>
          <strong>Why the app checks twice.</strong> A proxy (Next.js middleware) is a filter in
          front of routes, and a filter can be missed: a matcher that forgets a path, a route moved
          to a new URL, or a framework bug — CVE-2025-29927 let a request carrying the header{" "}
          <code>x-middleware-subrequest</code> skip Next.js middleware entirely (fixed in 15.2.3).
          The switch imitates that: the same two routes answer under{" "}
          <code>/api/threats/proxy-gap/</code>, a path the proxy&apos;s gate list leaves out. The
          route that trusted the proxy hands its secret to anyone; the one that asks the DAL still
          answers 401. Next.js&apos;s own guide says it: verify inside each route and server action,
          not in the proxy alone.
        </p>
      </HowItWorks>
    </div>
  );
}
