/**
 * Every term the inspector and the pages use, in words a newcomer knows. The glossary page lists
 * them; `<Term id>` links each mention to its entry (lib/ui/glossary.test.ts checks every id used
 * in the app exists here).
 */

export interface GlossaryEntry {
  id: string;
  term: string;
  meaning: string;
  /** Where to see it in this lab. */
  seeAt?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: "stateless",
    term: "Stateless (HTTP)",
    meaning:
      "Each HTTP request stands alone: the server does not remember the previous one. To know who is asking, every request must carry a credential.",
    seeAt: "/learn/http-and-cookies",
  },
  {
    id: "cookie",
    term: "Cookie",
    meaning:
      "A small named value the server asks the browser to store (with Set-Cookie); the browser sends it back automatically on every request to that site.",
    seeAt: "/session",
  },
  {
    id: "set-cookie",
    term: "Set-Cookie",
    meaning:
      "The response header that creates, replaces or (with Max-Age=0) deletes a cookie in the browser.",
    seeAt: "/session",
  },
  {
    id: "httponly",
    term: "HttpOnly",
    meaning:
      "A cookie attribute: page scripts (document.cookie) cannot read the cookie, so an injected script (XSS) cannot steal it — though it can still make requests that carry it.",
    seeAt: "/threats",
  },
  {
    id: "secure",
    term: "Secure",
    meaning:
      "A cookie attribute: the browser sends the cookie only over HTTPS, never in plain text.",
    seeAt: "/threats/https",
  },
  {
    id: "samesite",
    term: "SameSite",
    meaning:
      "A cookie attribute: Lax or Strict keeps the browser from sending the cookie with requests another site starts (the main defence against CSRF); None sends it everywhere (needs Secure).",
    seeAt: "/threats/csrf",
  },
  {
    id: "path",
    term: "Path and Max-Age",
    meaning:
      "Cookie attributes: Path limits which URLs the cookie is sent to; Max-Age says how many seconds the browser keeps it (without it, until the browser closes).",
    seeAt: "/session",
  },
  {
    id: "session",
    term: "Session",
    meaning:
      "A login the server remembers: a record in its session store (who, since when, until when). The browser holds only a random id that points at it.",
    seeAt: "/session",
  },
  {
    id: "session-id",
    term: "Session id",
    meaning:
      "A long random, unguessable value that names a session record. It means nothing on its own: the server must look it up.",
    seeAt: "/session",
  },
  {
    id: "session-store",
    term: "Session store",
    meaning:
      "Where the server keeps session records: here SQLite (one file), memory (one process) or Redis (shared by many instances).",
    seeAt: "/session",
  },
  {
    id: "store-lookup",
    term: "Store lookup",
    meaning:
      "Reading the session record for an id on each request: one database query. It is what lets a logout or a revocation take effect at once.",
    seeAt: "/compare",
  },
  {
    id: "seal",
    term: "Seal / unseal",
    meaning:
      "This lab's session cookie is sealed (iron-session: encrypted and authenticated with a server password). Unsealing checks it came from this server and reads the random token inside.",
    seeAt: "/session",
  },
  {
    id: "proxy",
    term: "Proxy",
    meaning:
      "Next.js's proxy.ts: code that runs before every page and route. Here it gates each area by its mechanism (unseal the cookie, or verify the JWT) and applies the CSRF rule.",
    seeAt: "/learn/sessions",
  },
  {
    id: "dal",
    term: "DAL (data access layer)",
    meaning:
      'The one module every page, route handler and server action asks "who is this?". It checks again even after the proxy — the proxy is never the only check.',
    seeAt: "/learn/sessions",
  },
  {
    id: "memo",
    term: "Memo (cached)",
    meaning:
      "The result of a crypto check remembered for the exact same credential, so the DAL does not redo the proxy's work. Expiry is re-checked every time; a store lookup is never memoised.",
    seeAt: "/compare",
  },
  {
    id: "jwt",
    term: "JWT (JSON Web Token)",
    meaning:
      "A token that carries its own claims (who, until when), signed by the server. Any server with the key can check it without asking a database.",
    seeAt: "/jwt",
  },
  {
    id: "jws",
    term: "JWS (signed token)",
    meaning:
      "The usual JWT: header.payload.signature, each part base64url. Anyone can read the payload; only the key holder can produce a valid signature.",
    seeAt: "/learn/jwt-anatomy",
  },
  {
    id: "jwe",
    term: "JWE (encrypted token)",
    meaning:
      "A token whose payload is encrypted (five parts): unreadable without the server's key. Encryption hides the claims; signing proves who made them.",
    seeAt: "/jwt",
  },
  {
    id: "signature",
    term: "Signature",
    meaning:
      "A value computed from the header and payload with a secret or private key. Change one byte of the token and the signature no longer matches.",
    seeAt: "/learn/jwt-anatomy",
  },
  {
    id: "claims",
    term: "Claims",
    meaning:
      "The fields in a JWT's payload: registered ones (iss, sub, aud, exp, iat, jti) and the app's own (name, role, ver, fid).",
    seeAt: "/jwt",
  },
  {
    id: "iss",
    term: "iss (issuer)",
    meaning: "Who issued the token; this server rejects tokens whose issuer is not itself.",
  },
  {
    id: "aud",
    term: "aud (audience)",
    meaning: "Who the token is for; a token minted for another service is refused here.",
  },
  { id: "sub", term: "sub (subject)", meaning: "Whom the token is about: the user's id." },
  {
    id: "jti",
    term: "jti (token id)",
    meaning: "A unique id for this one token, so a deny-list can name it.",
  },
  {
    id: "kid",
    term: "kid (key id)",
    meaning:
      "In the token's header: which key signed it, so the verifier picks the right one from the key set during a rotation.",
    seeAt: "/learn/keys-and-jwks",
  },
  {
    id: "exp",
    term: "exp (expires)",
    meaning:
      "The time after which the token is refused. Until then a stolen copy works — this is why access tokens are short-lived.",
  },
  {
    id: "iat",
    term: "iat (issued at)",
    meaning: "When the token was signed; the admin's maximum token age is measured from it.",
  },
  {
    id: "alg",
    term: "alg (algorithm)",
    meaning:
      'In the header: how it was signed (EdDSA, ES256 or HS256 here). The server accepts only the algorithm it configured — never "none", never one the token chooses.',
  },
  {
    id: "ver",
    term: "ver (this app's token version)",
    meaning:
      "This lab's own claim: the user's token version when the token was signed. Bumping the version in the database revokes every older token of that user (the \"version\" strategy).",
  },
  {
    id: "fid",
    term: "fid (this app's refresh family)",
    meaning:
      "This lab's own claim: the id of the login (refresh family) the token belongs to, so ending the login can end its access tokens under the deny-list strategy.",
  },
  {
    id: "access-token",
    term: "Access token",
    meaning: "The short-lived JWT sent with each request (5 minutes here by default).",
  },
  {
    id: "refresh-token",
    term: "Refresh token",
    meaning:
      "A long-lived, opaque credential kept by the server as a record, used only to get a new access token. Each use rotates it.",
    seeAt: "/jwt",
  },
  {
    id: "refresh-family",
    term: "Refresh family",
    meaning:
      "All the refresh tokens descending from one login. Reusing an already-used one means a copy exists: the whole family is revoked.",
    seeAt: "/jwt",
  },
  {
    id: "revocation",
    term: "Revocation",
    meaning:
      "Ending a credential before it expires. Instant for a session (delete the record); for a JWT only with server state (a deny-list or a version check) or by waiting for exp.",
    seeAt: "/compare",
  },
  {
    id: "denylist",
    term: "Deny-list",
    meaning:
      "A server-side list of revoked token ids (jti) checked on each request: it makes JWT revocation instant at the cost of a lookup — a session by another name.",
    seeAt: "/admin",
  },
  {
    id: "jwks",
    term: "JWKS (JSON Web Key Set)",
    meaning:
      "The public keys that verify this server's tokens, published at /.well-known/jwks.json so other services can verify without the private key.",
    seeAt: "/learn/keys-and-jwks",
  },
  {
    id: "key-rotation",
    term: "Key rotation",
    meaning:
      "Signing new tokens with a new key while the old key stays in the JWKS until every token it signed has expired.",
    seeAt: "/admin",
  },
  {
    id: "bearer",
    term: "Bearer (Authorization header)",
    meaning:
      'Sending the token as "Authorization: Bearer <token>" instead of in a cookie: what native apps and other services do. Whoever bears it is believed.',
    seeAt: "/jwt/bearer",
  },
  {
    id: "csrf",
    term: "CSRF (cross-site request forgery)",
    meaning:
      "Another site makes your browser send a request to this one; cookies ride along. Defences: SameSite cookies and refusing cross-site state changes.",
    seeAt: "/threats/csrf",
  },
  {
    id: "xss",
    term: "XSS (cross-site scripting)",
    meaning:
      "An attacker's script running in this site's pages. It can read localStorage and non-HttpOnly cookies, and act as the user while the page is open.",
    seeAt: "/threats",
  },
  {
    id: "https",
    term: "HTTPS",
    meaning:
      "HTTP inside TLS: nobody on the network can read or change the request, cookies included. Without it a credential crosses the wire in plain text.",
    seeAt: "/threats/https",
  },
  {
    id: "idle-timeout",
    term: "Idle and absolute timeout",
    meaning:
      "A session ends after a period without requests (idle) or at a fixed time after login (absolute), whichever comes first.",
    seeAt: "/session",
  },
  {
    id: "fingerprint",
    term: "Fingerprint",
    meaning:
      "The first characters of a SHA-256 hash of a value: enough to tell two cookies apart in the inspector, useless to replay.",
  },
  {
    id: "query",
    term: "Query",
    meaning:
      "One database statement. The inspector counts them per request: the clearest difference between the two mechanisms.",
  },
  {
    id: "argon2id",
    term: "argon2id",
    meaning:
      "The password hash this lab stores: deliberately slow and memory-hungry, so a stolen user table is expensive to crack.",
  },
];

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}

/** A glossary id as a messages-file tag: `session-id` → `<sessionId>…</sessionId>`. */
export function tagOf(id: string): string {
  return id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** The tags a message may use besides the glossary's (app/_components/rich.tsx). */
export const PLAIN_TAGS = ["b", "em", "code", "glossary", "sid", "deny"] as const;
