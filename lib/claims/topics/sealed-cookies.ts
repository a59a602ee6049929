import type { Claim } from "../claim";

/**
 * The sealed (stateless) cookie: a session kept in the cookie itself, stale and irrevocable like a
 * JWT.
 */
export const SEALED_COOKIE_CLAIMS: readonly Claim[] = [
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
];
