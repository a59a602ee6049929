import type { Claim } from "../claim";

/**
 * Server-side sessions: a random token in a cookie, a record in the store, and what that record
 * makes possible.
 */
export const SESSION_CLAIMS: readonly Claim[] = [
  { id: "C06", topic: "sessions", shownAt: "/session" },
  { id: "C07", topic: "sessions", shownAt: "/admin" },
  { id: "C08", topic: "sessions", shownAt: "/session" },
  { id: "C09", topic: "sessions", shownAt: "/compare" },
  { id: "C10", topic: "sessions", shownAt: "/session" },
  { id: "C11", topic: "sessions", shownAt: "/admin" },
  { id: "C12", topic: "sessions", shownAt: "/session/devices" },
  { id: "C13", topic: "sessions", shownAt: "/session/devices" },
  { id: "C14", topic: "sessions", shownAt: "/session" },
  { id: "C15", topic: "sessions", shownAt: "/admin" },
  { id: "C37", topic: "sessions", shownAt: "/learn/sessions" },
  { id: "C39", topic: "sessions", shownAt: "/tour/5" },
  { id: "C42", topic: "sessions", shownAt: "/admin" },
  { id: "C43", topic: "sessions", shownAt: "/session" },
];
