import type { Claim } from "../claim";

/**
 * The sealed (stateless) cookie: a session kept in the cookie itself, stale and irrevocable like a
 * JWT.
 */
export const SEALED_COOKIE_CLAIMS: readonly Claim[] = [
  { id: "C40", topic: "sealedCookies", shownAt: "/compare" },
  { id: "C41", topic: "sealedCookies", shownAt: "/sealed" },
];
