/**
 * The claims registry: every claim this app proves, the screen where a person makes it happen (and
 * the inspector shows the evidence), and — by its id at the start of the title — the Playwright
 * scenario that asserts it. The one source: lib/claims/registry.test.ts fails when a scenario names an id
 * that is not here, or when a claim here has no scenario. New claims are added here.
 * (Seeded from the project's CLAIMS.md, C01–C36; C37–C53 added since.)
 */

export interface Claim {
  id: `C${number}`;
  topic: string;
  sentence: string;
  /** The path of the screen that shows it live. */
  shownAt: string;
}

export const CLAIMS: readonly Claim[] = [
  {
    id: "C01",
    topic: "Cookies and HTTP",
    sentence:
      "HTTP is stateless: without a credential, the same request twice gets the same anonymous answer.",
    shownAt: "/session/login",
  },
  {
    id: "C02",
    topic: "Cookies and HTTP",
    sentence:
      "A cookie is stored by the browser and sent back automatically on every request to its site.",
    shownAt: "/session",
  },
  {
    id: "C03",
    topic: "Cookies and HTTP",
    sentence:
      "A cookie is scoped (domain/path) and expires (Max-Age/Expires); attributes are shown as set.",
    shownAt: "/session",
  },
  {
    id: "C04",
    topic: "Cookies and HTTP",
    sentence:
      "Cookies carry non-auth state too: a language (or theme) preference survives reloads.",
    shownAt: "/",
  },
  {
    id: "C05",
    topic: "Cookies and HTTP",
    sentence:
      "Cookies are only a transport: the same session id or JWT works from a header in a native-app style client (no cookie jar).",
    shownAt: "/jwt/bearer",
  },
  {
    id: "C06",
    topic: "Sessions",
    sentence:
      "Login creates a server-side session record with a unique, unguessable id; the client gets only that id — the random token itself, in an HttpOnly cookie, which the server stores only as its SHA-256; all user data stays on the server.",
    shownAt: "/session",
  },
  {
    id: "C07",
    topic: "Sessions",
    sentence:
      "An in-memory session store loses every session when the server restarts; the SQLite (and Redis) store keeps them.",
    shownAt: "/admin",
  },
  {
    id: "C08",
    topic: "Sessions",
    sentence: "Every request in session mode costs a store lookup (shown as a count and a time).",
    shownAt: "/session",
  },
  {
    id: "C09",
    topic: "Sessions",
    sentence: "Logout deletes the server record; the old cookie, replayed, is rejected.",
    shownAt: "/compare",
  },
  {
    id: "C10",
    topic: "Sessions",
    sentence: "Sessions expire after inactivity (sliding) and after an absolute lifetime.",
    shownAt: "/session",
  },
  {
    id: "C11",
    topic: "Sessions",
    sentence:
      "The server can log a user out at any time (admin force-logout), effective on the next request.",
    shownAt: "/admin",
  },
  {
    id: "C12",
    topic: "Sessions",
    sentence:
      "Device list: a user sees every active session (device, IP, last seen) and revokes any, or all others.",
    shownAt: "/session/devices",
  },
  {
    id: "C13",
    topic: "Sessions",
    sentence:
      "Concurrent-session limit: at most N sessions per user, with a visible policy for the N+1th.",
    shownAt: "/session/devices",
  },
  {
    id: "C14",
    topic: "Sessions",
    sentence: "Server state grows with logged-in users (rows / bytes shown).",
    shownAt: "/session",
  },
  {
    id: "C15",
    topic: "Sessions",
    sentence: "A role change is seen on the very next request in session mode.",
    shownAt: "/admin",
  },
  {
    id: "C16",
    topic: "JWT",
    sentence: "Login signs a JWT with user id, role and expiry; no server record is created.",
    shownAt: "/jwt",
  },
  {
    id: "C17",
    topic: "JWT",
    sentence: "A JWT is signed, not encrypted: its header and payload decode without any key.",
    shownAt: "/jwt",
  },
  {
    id: "C18",
    topic: "JWT",
    sentence:
      "Any change to the token (payload, header, signature) makes verification fail, with the library's error code shown.",
    shownAt: "/jwt",
  },
  {
    id: "C19",
    topic: "JWT",
    sentence:
      "Verification needs no database: a JWT request costs a signature check and zero queries.",
    shownAt: "/jwt",
  },
  {
    id: "C20",
    topic: "JWT",
    sentence: "An expired JWT is rejected; the client must refresh or log in again.",
    shownAt: "/jwt",
  },
  {
    id: "C21",
    topic: "JWT",
    sentence:
      "A JWT travels in an HttpOnly cookie or in `Authorization: Bearer` (client storage), by choice.",
    shownAt: "/jwt/bearer",
  },
  {
    id: "C22",
    topic: "JWT",
    sentence: "Logout cannot kill a JWT: a copy taken before logout keeps working until `exp`.",
    shownAt: "/compare",
  },
  {
    id: "C23",
    topic: "JWT",
    sentence:
      "Revocation options cost state: a deny-list (or token version) stops the copy but adds a lookup per request, partly giving up statelessness.",
    shownAt: "/admin",
  },
  {
    id: "C24",
    topic: "JWT",
    sentence:
      "Rotating the signing key (and retiring the old one) logs everyone out; a graceful rotation with `kid` does not.",
    shownAt: "/admin",
  },
  {
    id: "C25",
    topic: "JWT",
    sentence:
      "Short-lived access tokens plus rotating refresh tokens; reuse of an old refresh token is detected and kills its family.",
    shownAt: "/jwt",
  },
  {
    id: "C26",
    topic: "JWT",
    sentence:
      "Bigger payloads make bigger tokens; a cookie past ~4096 bytes is refused by the browser while a header still carries it.",
    shownAt: "/jwt",
  },
  {
    id: "C27",
    topic: "JWT",
    sentence: "A role change is not seen by a JWT until it is re-issued (stale claims).",
    shownAt: "/compare",
  },
  {
    id: "C28",
    topic: "JWT",
    sentence:
      "JWE: the encrypted form has five segments and its payload cannot be read without the key.",
    shownAt: "/jwt",
  },
  {
    id: "C29",
    topic: "JWT",
    sentence:
      "Stateless verification scales out: another instance, or a service holding only the public JWKS, verifies the token.",
    shownAt: "/.well-known/jwks.json",
  },
  {
    id: "C30",
    topic: "JWT",
    sentence:
      "A signed JWT can be a QR check-in pass, verified without contacting the issuer's database.",
    shownAt: "/jwt/pass",
  },
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
    id: "C37",
    topic: "Sessions",
    sentence:
      "A session request's path through the server reaches the session store; a JWT request's never does — both drawn from their own traces.",
    shownAt: "/learn/sessions",
  },
  {
    id: "C38",
    topic: "JWT",
    sentence:
      "Forged copies of your own valid token — an edited payload, `alg: none`, one changed signature character — are each refused, with the verifier's reason.",
    shownAt: "/faq#integrity",
  },
  {
    id: "C39",
    topic: "Sessions",
    sentence:
      "Revoking a session on the server ends it on its very next request, while a JWT of the same login keeps working.",
    shownAt: "/tour/5",
  },
  {
    id: "C40",
    topic: "Sealed cookies",
    sentence:
      "A sealed-cookie (stateless) session keeps nothing on the server, and a copy of its cookie, replayed after logout, still works until its sealed expiry.",
    shownAt: "/compare",
  },
  {
    id: "C41",
    topic: "Sealed cookies",
    sentence:
      "A sealed-cookie session does not see an admin's role change (nor a force logout) until the user logs in again: stale, like a JWT.",
    shownAt: "/sealed",
  },
  {
    id: "C42",
    topic: "Sessions",
    sentence:
      "A cookie cache trades revocation delay for lookups: within its N seconds requests skip the store (0 queries), and a force logout takes effect only when the copy expires.",
    shownAt: "/admin",
  },
  {
    id: "C43",
    topic: "Sessions",
    sentence:
      "A server-side session check on a cookie the server has never seen costs one SHA-256 and one indexed lookup — no decryption: the cookie carries the random token itself.",
    shownAt: "/session",
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
  {
    id: "C50",
    topic: "Beyond bearer",
    sentence:
      "A DPoP-bound token works only with a fresh proof signed by the key it names (cnf.jkt): a copy of the token, of its refresh token or of a proof is refused anywhere else, while a copied Bearer token works from anywhere.",
    shownAt: "/jwt/dpop",
  },
  {
    id: "C51",
    topic: "Beyond bearer",
    sentence:
      "An injected script cannot export a non-extractable WebCrypto key, but can sign proofs with it while the page is open: sender-constraining limits theft, not abuse.",
    shownAt: "/jwt/dpop",
  },
  {
    id: "C52",
    topic: "Beyond bearer",
    sentence:
      "A sensitive action (ending other devices or logins, an admin's force logout, retiring a key) needs a password typed within the last 10 minutes: a session counts from its creation, a JWT from its auth_time, which a refresh keeps.",
    shownAt: "/admin",
  },
  {
    id: "C53",
    topic: "Beyond bearer",
    sentence:
      "Tabs that renew on their own send one refresh token at once: the server's grace window serves those within two seconds, but a later tab looks exactly like a thief and reuse detection revokes the family; tabs that take turns (Web Locks) renew once and share the result.",
    shownAt: "/jwt/bearer",
  },
];

/** The claim with this id, or undefined. */
export function claimById(id: string): Claim | undefined {
  return CLAIMS.find((claim) => claim.id === id);
}
