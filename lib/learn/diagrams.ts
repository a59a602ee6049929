import { participantLabel, type Sequence } from "@/lib/inspect/sequence";
import { phrase } from "@/lib/ui/phrase";

/**
 * The learn pages' flows, as this server really runs them (same participants as the live
 * diagrams drawn from traces). Costs are left out here on purpose: the "see it live" diagram
 * beside each one shows this browser's measured figures. The words are in the messages files
 * (`diagrams.learn.<flow>`: its title and each step by name), said in the reader's language
 * where the diagram is drawn.
 */

// A lifeline's id (the one the live diagrams use, so a lesson and a trace line up) by its name.
const ID = {
  browser: "browser",
  server: "app",
  proxy: "proxy",
  app: "app",
  store: "store",
  keys: "keys",
  refresh: "store",
  attacker: "attacker",
  other: "other",
  a: "a",
  b: "b",
  shared: "store",
  bff: "app",
  api: "other",
} as const;

type Lifeline = keyof typeof ID;
type Step = [from: string, to: string, name: string, outcome?: "refused"];

function flow(slug: string, lifelines: Lifeline[], steps: Step[]): Sequence {
  return {
    title: phrase(`diagrams.learn.${slug}.title`),
    participants: lifelines.map((name) => ({ id: ID[name], label: participantLabel(name) })),
    messages: steps.map(([from, to, name, outcome]) => ({
      from,
      to,
      label: phrase(`diagrams.learn.${slug}.steps.${name}`),
      ...(outcome === "refused" ? { failed: true } : {}),
    })),
  };
}

export const DIAGRAMS: Record<string, Sequence> = {
  "http-and-cookies": flow(
    "http-and-cookies",
    ["browser", "server"],
    [
      ["browser", "app", "getNoCookie"],
      ["app", "browser", "whoAreYou", "refused"],
      ["browser", "app", "login"],
      ["app", "browser", "setCookie"],
      ["browser", "app", "getWithCookie"],
      ["app", "browser", "hello"],
    ],
  ),
  sessions: flow(
    "sessions",
    ["browser", "proxy", "app", "store"],
    [
      ["browser", "proxy", "login"],
      ["proxy", "app", "forward"],
      ["app", "store", "insert"],
      ["app", "browser", "setCookie"],
      ["browser", "proxy", "get"],
      ["proxy", "store", "lookup"],
      ["store", "proxy", "found"],
      ["proxy", "app", "handOver"],
      ["app", "app", "dal"],
      ["app", "browser", "answer"],
      ["browser", "proxy", "logout"],
      ["proxy", "app", "forwardLogout"],
      ["app", "store", "delete"],
      ["app", "browser", "cleared"],
    ],
  ),
  "jwt-anatomy": flow(
    "jwt-anatomy",
    ["browser", "proxy", "app", "keys"],
    [
      ["browser", "proxy", "login"],
      ["proxy", "app", "forward"],
      ["app", "keys", "sign"],
      ["app", "browser", "setCookie"],
      ["browser", "proxy", "get"],
      ["proxy", "keys", "verify"],
      ["keys", "proxy", "ok"],
      ["proxy", "app", "forwardGet"],
      ["app", "app", "verifyAgain"],
      ["app", "browser", "answer"],
    ],
  ),
  "refresh-and-revocation": flow(
    "refresh-and-revocation",
    ["browser", "app", "refresh"],
    [
      ["browser", "app", "expired"],
      ["app", "browser", "refused", "refused"],
      ["browser", "app", "refresh"],
      ["app", "store", "rotate"],
      ["app", "browser", "newTokens"],
      ["browser", "app", "replay"],
      ["app", "store", "revokeFamily"],
      ["app", "browser", "reused", "refused"],
    ],
  ),
  "beyond-bearer": flow(
    "beyond-bearer",
    ["browser", "attacker", "app", "refresh"],
    [
      ["browser", "browser", "keyPair"],
      ["browser", "app", "login"],
      ["app", "store", "family"],
      ["app", "browser", "tokens"],
      ["browser", "app", "get"],
      ["app", "store", "recordJti"],
      ["app", "browser", "ok"],
      ["attacker", "app", "stolen"],
      ["app", "attacker", "noProof", "refused"],
      ["attacker", "app", "replayedProof"],
      ["app", "attacker", "jtiUsed", "refused"],
    ],
  ),
  "backend-for-frontend": flow(
    "backend-for-frontend",
    ["browser", "bff", "store", "api"],
    [
      ["browser", "app", "login"],
      ["app", "store", "keep"],
      ["app", "browser", "cookie"],
      ["browser", "app", "call"],
      ["app", "store", "lookup"],
      ["app", "other", "bearer"],
      ["other", "other", "verify"],
      ["other", "app", "answer"],
      ["app", "browser", "noToken"],
      ["browser", "app", "logout"],
      ["app", "store", "delete"],
    ],
  ),
  "keys-and-jwks": flow(
    "keys-and-jwks",
    ["browser", "other", "server"],
    [
      ["other", "app", "fetchKeys"],
      ["app", "other", "keys"],
      ["browser", "other", "request"],
      ["other", "other", "verify"],
      ["other", "browser", "ok"],
    ],
  ),
  "csrf-xss-https": flow(
    "csrf-xss-https",
    ["attacker", "browser", "proxy"],
    [
      ["attacker", "browser", "hiddenForm"],
      ["browser", "proxy", "crossSite"],
      ["proxy", "browser", "refused", "refused"],
      ["browser", "proxy", "sameSite"],
      ["proxy", "browser", "allowed"],
    ],
  ),
  "scaling-out": flow(
    "scaling-out",
    ["browser", "a", "b", "shared"],
    [
      ["browser", "a", "login"],
      ["a", "store", "insert"],
      ["browser", "b", "nextRequest"],
      ["b", "store", "lookup"],
      ["b", "browser", "ok"],
      ["browser", "b", "jwtRequest"],
      ["b", "b", "verify"],
      ["b", "browser", "okJwt"],
    ],
  ),
};
