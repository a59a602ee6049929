import Link from "next/link";
import type { ReactNode } from "react";
import { formatMicros } from "@/app/_components/inspector/format";
import { Term } from "@/app/_components/term";
import { costSummary, type AreaCost } from "@/lib/inspect/summary";

/** The front page's answer to "session or JWT?": one table, each point linked to its proof. */

function Proof({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} prefetch={false} className="whitespace-nowrap text-sm underline">
      {children} →
    </Link>
  );
}

function measuredCost(cost: AreaCost, area: "session" | "jwt") {
  if (cost.queriesPerRequest === null || cost.medianAuthMicros === null) {
    return (
      <span data-testid={`home-cost-${area}`}>
        not measured yet on this server — {cost.requests} request{cost.requests === 1 ? "" : "s"} so
        far; make a few
      </span>
    );
  }
  return (
    <span data-testid={`home-cost-${area}`}>
      <strong>{cost.queriesPerRequest.toFixed(1)}</strong> database quer
      {cost.queriesPerRequest.toFixed(1) === "1.0" ? "y" : "ies"} and{" "}
      <strong>{formatMicros(cost.medianAuthMicros)}</strong> of auth checks per request (median of{" "}
      {Math.min(cost.requests, 500)} measured here)
    </span>
  );
}

export function HomeAnswer() {
  const cost = costSummary();
  const rows: { topic: string; session: ReactNode; jwt: ReactNode }[] = [
    {
      topic: "What is kept, and where",
      session: (
        <>
          The browser holds a random <Term id="session-id">id</Term>; the server keeps the record
          (who, until when). <Proof href="/tour/2">See both</Proof>
        </>
      ),
      jwt: (
        <>
          The browser holds a signed token with the claims; the server keeps nothing per login (but
          a refresh record). <Proof href="/tour/2">See both</Proof>
        </>
      ),
    },
    {
      topic: "What a request costs",
      session: (
        <>
          {measuredCost(cost.session, "session")}. <Proof href="/tour/3">Watch one</Proof>
        </>
      ),
      jwt: (
        <>
          {measuredCost(cost.jwt, "jwt")}. <Proof href="/tour/3">Watch one</Proof>
        </>
      ),
    },
    {
      topic: "Logout and revocation",
      session: (
        <>
          Instant: delete the record, and a copied cookie gets 401.{" "}
          <Proof href="/compare">Replay it</Proof>
        </>
      ),
      jwt: (
        <>
          Logout cannot kill it: a copy works until <Term id="exp">exp</Term>; early revocation
          needs a <Term id="denylist">deny-list</Term>. <Proof href="/compare">Replay it</Proof>
        </>
      ),
    },
    {
      topic: "Scaling out",
      session: (
        <>
          Every instance needs the shared store (Redis, or your database).{" "}
          <Proof href="/learn/scaling-out">How</Proof>
        </>
      ),
      jwt: (
        <>
          Any instance or service with the public <Term id="jwks">key set</Term> verifies alone.{" "}
          <Proof href="/learn/keys-and-jwks">How</Proof>
        </>
      ),
    },
    {
      topic: "Attacks it invites",
      session: (
        <>
          <Term id="csrf">CSRF</Term> (the cookie rides along): SameSite and Origin checks.{" "}
          <Proof href="/threats/csrf">Try it</Proof>
        </>
      ),
      jwt: (
        <>
          CSRF in a cookie; <Term id="xss">XSS</Term> theft in localStorage; a stolen copy lives
          until exp. <Proof href="/jwt/bearer">Try it</Proof>
        </>
      ),
    },
  ];
  return (
    <table
      className="w-full table-fixed text-left text-[13px] sm:text-sm"
      aria-label="Session or JWT, in short"
    >
      <thead>
        <tr>
          <th scope="col" className="w-20 sm:w-48">
            <span className="sr-only">Question</span>
          </th>
          <th scope="col" className="px-2 text-base">
            Session
          </th>
          <th scope="col" className="px-2 text-base">
            JWT
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.topic} className="border-t border-slate-200 align-top">
            <th scope="row" className="break-words py-2 pr-2 font-semibold">
              {row.topic}
            </th>
            <td className="px-2 py-2">{row.session}</td>
            <td className="px-2 py-2">{row.jwt}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
