import type { Claim } from "../claim";

/** Attacks on each mechanism and what stops them, each shown on a threats page. */
export const THREAT_CLAIMS: readonly Claim[] = [
  {
    id: "C31",
    topic: "Threats",
    sentence:
      "CSRF: a cross-site form post rides on a cookie; SameSite/Origin checks stop it; a Bearer header is never sent automatically.",
    shownAt: "/threats/csrf",
  },
  {
    id: "C32",
    topic: "Threats",
    sentence:
      "XSS: a script in the page can read a token kept in `localStorage`, but not an HttpOnly cookie.",
    shownAt: "/jwt/bearer",
  },
  {
    id: "C33",
    topic: "Threats",
    sentence: "Tokens must travel over HTTPS: the `Secure` attribute and its effect are shown.",
    shownAt: "/threats/https",
  },
  {
    id: "C34",
    topic: "Threats",
    sentence: "Sessions scale with a store such as Redis shared by several app instances.",
    shownAt: "/admin",
  },
  {
    id: "C35",
    topic: "Threats",
    sentence: "Secrets never belong in a JWT payload (the app warns when a claim looks like one).",
    shownAt: "/jwt",
  },
  {
    id: "C36",
    topic: "Threats",
    sentence:
      "Brute-force logins are throttled and the answer never reveals whether a user exists.",
    shownAt: "/session/login",
  },
  {
    id: "C44",
    topic: "Threats",
    sentence:
      "Every classic JWT forgery (alg none, algorithm confusion, embedded jwk, jku, kid traversal, expired, wrong audience, a cracked weak HMAC secret) gets past a verifier that makes one known mistake, and none gets past jose with one pinned algorithm, keys by kid from its own set and the claims required; a re-spelt signature passes both, so a deny-list keys on jti.",
    shownAt: "/threats/jwt",
  },
  {
    id: "C45",
    topic: "Threats",
    sentence:
      "A session cookie planted before login is never adopted: every login issues a fresh random token, so the value the attacker planted and knows is no session (session fixation).",
    shownAt: "/threats/session",
  },
  {
    id: "C46",
    topic: "Threats",
    sentence:
      "A route that trusts the proxy alone is open to any request that misses the proxy (a matcher gap, CVE-2025-29927); a route that asks the DAL again still refuses it.",
    shownAt: "/threats/session",
  },
  {
    id: "C47",
    topic: "Threats",
    sentence:
      "Guessing passwords at the login gets a few free failures, then answers 429 with a Retry-After that doubles (1 s, 2 s, 4 s…), and an unknown username is answered exactly like a wrong password, in status and in time.",
    shownAt: "/threats/brute-force",
  },
  {
    id: "C48",
    topic: "Threats",
    sentence:
      "An injected script reads a token kept in localStorage, cannot read an HttpOnly cookie, and can still use the cookie session while the page is open; a nonce-based CSP stops the same injection from running.",
    shownAt: "/threats/xss",
  },
  {
    id: "C49",
    topic: "Threats",
    sentence:
      "A stolen database hands out no login: passwords, session and refresh tokens are stored one-way and keys sealed by a secret kept elsewhere; a stolen signing key instead forges any user's token until the key is retired.",
    shownAt: "/threats/session",
  },
];
