import type { Sequence, SequenceMessage } from "@/lib/inspect/sequence";

/**
 * The learn pages' flows, as this server really runs them (same participants as the live
 * diagrams drawn from traces). Costs are left out here on purpose: the "see it live" diagram
 * beside each one shows this browser's measured figures.
 */

const P = {
  browser: { id: "browser", label: "Browser" },
  server: { id: "app", label: "Server" },
  proxy: { id: "proxy", label: "Proxy" },
  app: { id: "app", label: "Page or route (DAL)" },
  store: { id: "store", label: "Session store" },
  keys: { id: "keys", label: "Key set" },
  refresh: { id: "store", label: "Refresh records" },
  attacker: { id: "attacker", label: "Attacker's site" },
  other: { id: "other", label: "Other service" },
  a: { id: "a", label: "Instance A" },
  b: { id: "b", label: "Instance B" },
  shared: { id: "store", label: "Redis (shared)" },
};

const m = (from: string, to: string, label: string, failed = false): SequenceMessage => ({
  from,
  to,
  label,
  ...(failed ? { failed } : {}),
});

export const DIAGRAMS: Record<string, Sequence> = {
  "http-and-cookies": {
    title: "A cookie turns stateless requests into a conversation",
    participants: [P.browser, P.server],
    messages: [
      m("browser", "app", "GET /session (no cookie)"),
      m("app", "browser", "307 to the login page: who are you?", true),
      m("browser", "app", "POST login: username + password"),
      m("app", "browser", "Set-Cookie: lab_session=…; HttpOnly; SameSite=Lax"),
      m("browser", "app", "GET /session, Cookie: lab_session=… (sent automatically)"),
      m("app", "browser", "200: hello, alice"),
    ],
  },
  sessions: {
    title: "A session: the server remembers, the browser holds an id",
    participants: [P.browser, P.proxy, P.app, P.store],
    messages: [
      m("browser", "proxy", "POST login (username, password)"),
      m("proxy", "app", "forward"),
      m("app", "store", "insert record (user, created, expiry)"),
      m("app", "browser", "Set-Cookie: the random token (the store keeps its SHA-256)"),
      m("browser", "proxy", "GET /api/session/me + cookie"),
      m("proxy", "store", "look up SHA-256(token) (1 query)"),
      m("store", "proxy", "alice, valid until …"),
      m("proxy", "app", "forward; the answer handed over in memory"),
      m("app", "app", "DAL: the proxy's lookup → ok, 0 queries"),
      m("app", "browser", "200 { user: alice }"),
      m("browser", "proxy", "POST logout"),
      m("proxy", "app", "forward"),
      m("app", "store", "delete the record"),
      m("app", "browser", "204 + cookie cleared; a copy of it is now worthless"),
    ],
  },
  "jwt-anatomy": {
    title: "A JWT: the server signs, then remembers nothing",
    participants: [P.browser, P.proxy, P.app, P.keys],
    messages: [
      m("browser", "proxy", "POST login (username, password)"),
      m("proxy", "app", "forward"),
      m("app", "keys", "sign header.payload with the private key"),
      m("app", "browser", "Set-Cookie: lab_jwt=header.payload.signature"),
      m("browser", "proxy", "GET /api/jwt/me + token"),
      m("proxy", "keys", "verify signature (public key by kid), exp, iss, aud"),
      m("keys", "proxy", "ok"),
      m("proxy", "app", "forward"),
      m("app", "app", "verify again (memo) → ok, 0 queries"),
      m("app", "browser", "200 { claims }"),
    ],
  },
  "refresh-and-revocation": {
    title: "Short access tokens, rotating refresh tokens",
    participants: [P.browser, P.app, P.refresh],
    messages: [
      m("browser", "app", "GET /api/jwt/me with an expired access token"),
      m("app", "browser", "401 ERR_JWT_EXPIRED", true),
      m("browser", "app", "POST /api/jwt/refresh + refresh token"),
      m("app", "refresh", "find the record, mark it used, store its successor"),
      m("app", "browser", "new access token + new refresh token"),
      m("browser", "app", "POST /api/jwt/refresh with the OLD refresh token (a stolen copy)"),
      m("app", "refresh", "already used: revoke the whole family"),
      m("app", "browser", "401 refresh_reused: every token of that login is dead", true),
    ],
  },
  "beyond-bearer": {
    title: "DPoP: the token names a key only this browser holds",
    participants: [P.browser, P.attacker, P.app, P.refresh],
    messages: [
      m("browser", "browser", "WebCrypto: a new ES256 key pair, private half non-extractable"),
      m(
        "browser",
        "app",
        "POST /api/jwt/login + DPoP: proof signed by the key (its public jwk inside)",
      ),
      m("app", "refresh", "start a refresh family bound to the key's thumbprint (jkt)"),
      m("app", "browser", "access token with cnf.jkt = that thumbprint, refresh token"),
      m(
        "browser",
        "app",
        "GET /api/jwt/me, Authorization: DPoP token + a fresh proof (htm, htu, iat, ath, jti, nonce)",
      ),
      m("app", "refresh", "record the proof's jti (a replay cache for its minute)"),
      m("app", "browser", "200: token valid, proof by the key it names"),
      m("attacker", "app", "the stolen token, as Bearer or with the thief's own proof"),
      m("app", "attacker", "401: no proof by the key cnf.jkt names", true),
      m("attacker", "app", "a stolen proof, replayed"),
      m("app", "attacker", "401: jti already used", true),
    ],
  },
  "keys-and-jwks": {
    title: "Another service verifies with the public key set alone",
    participants: [P.browser, P.other, P.server],
    messages: [
      m("other", "app", "GET /.well-known/jwks.json (cacheable)"),
      m("app", "other", "public keys, each with its kid"),
      m("browser", "other", "request + Authorization: Bearer token"),
      m("other", "other", "pick the key by the token's kid, verify signature and claims"),
      m("other", "browser", "200, without asking the issuer anything"),
    ],
  },
  "csrf-xss-https": {
    title: "CSRF: another site makes your browser send the request",
    participants: [P.attacker, P.browser, P.proxy],
    messages: [
      m("attacker", "browser", "a page with a hidden form that posts to the lab"),
      m(
        "browser",
        "proxy",
        "POST /transfer, Sec-Fetch-Site: cross-site (+ cookie if SameSite=None)",
      ),
      m("proxy", "browser", "403 cross_site_request: state changes must come from this site", true),
      m("browser", "proxy", "the same form from the lab's own page: same-site"),
      m("proxy", "browser", "allowed: the request really came from this site"),
    ],
  },
  "scaling-out": {
    title: "Two instances: a session needs the shared store, a JWT needs the key",
    participants: [P.browser, P.a, P.b, P.shared],
    messages: [
      m("browser", "a", "log in (session)"),
      m("a", "store", "insert the record in Redis"),
      m("browser", "b", "next request lands on instance B"),
      m("b", "store", "look up the record: found (shared store)"),
      m("b", "browser", "200"),
      m("browser", "b", "a request with a JWT signed by instance A"),
      m("b", "b", "verify with the same key set: no store at all"),
      m("b", "browser", "200"),
    ],
  },
};
