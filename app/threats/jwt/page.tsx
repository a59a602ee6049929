import Link from "next/link";
import type { Metadata } from "next";
import { Card, HowItWorks } from "@/app/_components/ui";
import { JwtWorkbench } from "./components";
import { AttackClasses } from "./classes";

export const metadata: Metadata = { title: "JWT attack range" };

/** The classic JWT attacks, each sent to a naive verifier and to the app's own, side by side. */
export default function JwtRangePage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">The JWT attack range</h1>
      <p className="max-w-3xl text-slate-700">
        Build a forged token the way attackers do, then send it to two verifiers at once: a{" "}
        <strong>naive verifier</strong> that makes the mistakes found in real code (switch each one
        off to see which mistake let the token in), and{" "}
        <strong>the app&apos;s own verification</strong>, the code the JWT area runs, here with the
        range&apos;s toy keys. The range has its own keys, its own issuer and one toy user, Toy Tom:
        nothing it signs or accepts works anywhere else in the lab.
      </p>
      <Card title="Token workbench">
        <JwtWorkbench />
      </Card>
      <AttackClasses />
      <HowItWorks>
        <p>
          <strong>What the attacker has.</strong> A genuine token of their own (the range issues one
          for Toy Tom, or an old expired one, or a check-in pass), the range&apos;s public key
          (published at <code>/api/threats/jwt/keys</code>, as every JWKS is) and a key pair of
          their own. Everything is forged here in your browser; the server only answers the two
          verdicts and never sets a cookie.
        </p>
        <p>
          <strong>The naive verifier</strong> is hand-written the way libraries used to let you: it
          reads the algorithm from the header (so <code>alg: none</code> passes, and an HS256 header
          makes it use the public key&apos;s text as an HMAC secret — algorithm confusion), takes a
          key from the header&apos;s <code>jwk</code> or <code>jku</code>, reads a key file named by{" "}
          <code>kid</code> (on lab-only fake files: <code>../</code> reaches an empty{" "}
          <code>/dev/null</code>), can skip the time and audience checks, and can ignore a
          token&apos;s <code>cnf</code> — taking a token bound to someone&apos;s DPoP key as a plain
          Bearer token (
          <Link href="/jwt/dpop" className="underline">
            the DPoP lessons
          </Link>
          ). It never fetches a URL: a <code>jku</code> naming anything but the range&apos;s own
          &quot;attacker key set&quot; is refused with a note saying a naive server would have
          fetched it. Its 2025–26 mistakes are the classes explained above; the one that would cost
          minutes of CPU (PBES2 rounds) it times on a small sample and stops, so the range itself is
          never the victim.
        </p>
        <p>
          <strong>The app&apos;s verifier</strong> is <code>jwtVerify</code> with one pinned
          algorithm per key (<code>algorithms: [&apos;EdDSA&apos;]</code>), keys found only by{" "}
          <code>kid</code> in its own set, and <code>typ</code>, <code>iss</code> (the range&apos;s
          own issuer, not the app&apos;s), <code>aud</code>, <code>exp</code>, <code>nbf</code> and
          a maximum age all required — RFC 8725; a JWE goes through the app&apos;s own decryption
          rule first. Its answer is jose&apos;s own error code, or the app&apos;s.
        </p>
        <p>
          <strong>The bit-flip</strong> and <strong>the padding</strong> respell a genuine token:
          base64url&apos;s last character has unused bits and its padding is optional, so one
          signature can be written several ways. A lenient decoder accepts them all; the app&apos;s
          verifier accepts only the one spelling it writes (<code>token_not_canonical</code>
          for the rest), so a memo, a deny-list or a log never sees one token as two — and its
          deny-list is keyed on <code>jti</code> besides.
        </p>
      </HowItWorks>
    </div>
  );
}
