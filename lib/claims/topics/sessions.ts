import type { Claim } from "../claim";

/**
 * Server-side sessions: a random token in a cookie, a record in the store, and what that record
 * makes possible.
 */
export const SESSION_CLAIMS: readonly Claim[] = [
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
    id: "C37",
    topic: "Sessions",
    sentence:
      "A session request's path through the server reaches the session store; a JWT request's never does — both drawn from their own traces.",
    shownAt: "/learn/sessions",
  },
  {
    id: "C39",
    topic: "Sessions",
    sentence:
      "Revoking a session on the server ends it on its very next request, while a JWT of the same login keeps working.",
    shownAt: "/tour/5",
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
];
