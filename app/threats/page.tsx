import type { Metadata } from "next";
import Link from "next/link";
import { Card, HowItWorks } from "@/app/_components/ui";
import { DocsLink } from "@/app/_components/docs-link";

export const metadata: Metadata = { title: "Threats" };

const LABS = [
  {
    href: "/threats/jwt",
    title: "JWT attack range",
    text: "Forge tokens the classic ways (alg none, algorithm confusion, embedded jwk, jku, kid traversal, a cracked HMAC secret…) and the 2025–26 ways (a JWE for a JWS, JSON polyglots, crit, p2c, exp: 1e400, padded base64url…), and send each to a naive verifier and to the app's own.",
  },
  {
    href: "/threats/session",
    title: "Session attacks",
    text: "Plant a session cookie before login (fixation) and see it thrown away; skip the proxy and see which route still refuses.",
  },
  {
    href: "/threats/brute-force",
    title: "Brute force",
    text: "Fire wrong passwords at a lab account and plot each answer: the free failures, the growing waits, 429 with Retry-After — and no timing difference for an unknown user.",
  },
  {
    href: "/threats/csrf",
    title: "CSRF (cookies)",
    text: "Another site submits a form to the lab's toy bank: see which cookies your browser attaches, and what SameSite and the server's Origin check do about it.",
  },
  {
    href: "/threats/xss",
    title: "XSS (localStorage and HttpOnly)",
    text: "A real injection on a toy page served from an origin of its own, out of reach of every real login: the script reads a localStorage token, cannot read the HttpOnly cookie — and still uses it. Then the app's CSP blocks the same payload.",
  },
  {
    href: "/jwt/dpop",
    title: "Token theft against DPoP",
    text: "Steal a DPoP-bound token, its refresh token and a proof off the wire, and replay each from a client without the key: all refused — while the XSS still uses the key in place.",
  },
  {
    href: "/threats/https",
    title: "Plain HTTP (any transport)",
    text: "What a request looks like to the network over HTTP, and what the Secure cookie attribute makes the browser refuse.",
  },
] as const;

/** The attack labs, one line each. */
export default function ThreatsPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Threats: run the attacks yourself</h1>
      <p className="max-w-3xl text-slate-700">
        Each lab runs a real attack against this server — on toy accounts, toy keys and toy pages of
        its own, never against your logins — and shows what a careless implementation would have
        answered next to what this app answers, with the line of code that makes the difference.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {LABS.map((lab) => (
          <Card key={lab.href} title={lab.title}>
            <p className="text-sm text-slate-700">{lab.text}</p>
            <Link href={lab.href} className="mt-3 inline-block text-sm font-semibold underline">
              Open the lab
            </Link>
          </Card>
        ))}
      </div>
      <HowItWorks>
        <p>
          A credential the browser sends by itself (a cookie) can be made to travel by another site:
          cross-site request forgery. A credential page script sends (a Bearer header) cannot — but
          script can read it, so an injected script can steal it. Sessions and JWTs alike face
          whichever threat their transport brings.
        </p>
      </HowItWorks>
      <DocsLink page="threats" />
    </div>
  );
}
