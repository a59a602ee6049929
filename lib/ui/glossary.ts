/**
 * Every term the inspector and the pages use. Its words — the term and its meaning in plain
 * language — are in the messages files (`glossary.terms.ID`, one per language); here is only
 * where to see each live. The glossary page lists them; `<Term id>` links each mention to its
 * entry (lib/ui/glossary.test.ts checks every id used in the app and the messages exists).
 */

export interface GlossaryEntry {
  id: string;
  /** Where to see it in this lab. */
  seeAt?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: "stateless", seeAt: "/learn/http-and-cookies" },
  { id: "cookie", seeAt: "/session" },
  { id: "set-cookie", seeAt: "/session" },
  { id: "httponly", seeAt: "/threats" },
  { id: "secure", seeAt: "/threats/https" },
  { id: "samesite", seeAt: "/threats/csrf" },
  { id: "path", seeAt: "/session" },
  { id: "session", seeAt: "/session" },
  { id: "session-id", seeAt: "/session" },
  { id: "session-store", seeAt: "/session" },
  { id: "store-lookup", seeAt: "/compare" },
  { id: "seal", seeAt: "/sealed" },
  { id: "stateless-session", seeAt: "/sealed" },
  { id: "proxy", seeAt: "/learn/sessions" },
  { id: "dal", seeAt: "/learn/sessions" },
  { id: "memo", seeAt: "/compare" },
  { id: "handoff", seeAt: "/learn/sessions" },
  { id: "cookie-cache", seeAt: "/admin" },
  { id: "jwt", seeAt: "/jwt" },
  { id: "jws", seeAt: "/learn/jwt-anatomy" },
  { id: "jwe", seeAt: "/jwt" },
  { id: "signature", seeAt: "/learn/jwt-anatomy" },
  { id: "claims", seeAt: "/jwt" },
  { id: "iss" },
  { id: "aud" },
  { id: "sub" },
  { id: "jti" },
  { id: "kid", seeAt: "/learn/keys-and-jwks" },
  { id: "exp" },
  { id: "iat" },
  { id: "alg" },
  { id: "ver" },
  { id: "fid" },
  { id: "access-token" },
  { id: "refresh-token", seeAt: "/jwt" },
  { id: "refresh-family", seeAt: "/jwt" },
  { id: "revocation", seeAt: "/compare" },
  { id: "denylist", seeAt: "/admin" },
  { id: "jwks", seeAt: "/learn/keys-and-jwks" },
  { id: "key-rotation", seeAt: "/admin" },
  { id: "bearer", seeAt: "/jwt/bearer" },
  { id: "dpop", seeAt: "/jwt/dpop" },
  { id: "bff", seeAt: "/jwt/bff" },
  { id: "dpop-proof", seeAt: "/jwt/dpop" },
  { id: "cnf", seeAt: "/jwt/dpop" },
  { id: "dpop-nonce", seeAt: "/jwt/dpop" },
  { id: "auth-time", seeAt: "/account" },
  { id: "step-up", seeAt: "/account" },
  { id: "csrf", seeAt: "/threats/csrf" },
  { id: "xss", seeAt: "/threats" },
  { id: "https", seeAt: "/threats/https" },
  { id: "idle-timeout", seeAt: "/session" },
  { id: "fingerprint" },
  { id: "query" },
  { id: "argon2id" },
];

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((entry) => entry.id === id);
}

/** A glossary id as a messages-file tag: `session-id` → `<sessionId>…</sessionId>`. */
export function tagOf(id: string): string {
  return id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** The tags a message may use besides the glossary's (app/_components/rich.tsx). */
export const PLAIN_TAGS = ["b", "em", "code", "glossary", "claim", "who"] as const;
