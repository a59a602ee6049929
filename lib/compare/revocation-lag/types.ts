import type { AuthArea } from "@/config/types";

/**
 * The revocation-lag meter's vocabulary, shared by the server that runs it and the page that
 * shows it: the events it can measure, and one run as the page receives it.
 */

export const LAG_EVENTS = ["logout", "password_change", "role_change", "disable"] as const;
export type LagEvent = (typeof LAG_EVENTS)[number];

/** The events an admin performs: they need an admin's password, typed for the request. */
export const ADMIN_EVENTS: readonly LagEvent[] = ["role_change", "disable"];

export type JwtRevocationStrategy = "none" | "denylist" | "token-version";

/** One copy the page may replay: its handle, and when its credential expires by itself. */
export interface LagCopy {
  handle: string;
  /** ms; null for the server-side session, whose end is the server's to decide. */
  expiresAt: number | null;
}

export interface LagRun {
  event: LagEvent;
  /** When the event was done (the server's clock, ms): every clock counts from here. */
  eventAt: number;
  copies: Record<AuthArea, LagCopy>;
  /** What each copy answered when replayed just before the event (200: it worked). */
  before: Record<AuthArea, number>;
  /** Each copy's first replay, made by the server right after the event. */
  first: Record<AuthArea, LagReplay>;
  /** The JWT area's revocation strategy at the time (admin setting). */
  strategy: JwtRevocationStrategy;
  /** The session area's cookie cache in seconds (admin setting; 0 = off). */
  cookieCacheSeconds: number;
  /** The role the copies were made with: after a role change, a copy that still says it is stale. */
  roleBefore: "user" | "admin";
}

/** One replay's answer, as the replay route gives it. */
export interface LagReplay {
  status: number;
  /** When the server answered (ms). */
  at: number;
  /** The role the answer says, if it accepted the copy. */
  role: string | null;
  /** The database queries that replay cost (measured from its trace), if known. */
  queries: number | null;
}

/**
 * Whether a replay counts as the copy still working. For a role change every copy is still
 * accepted; what lags is the role: a copy that still says the old role is the stale one.
 */
export function stillWorks(run: Pick<LagRun, "event" | "roleBefore">, replay: LagReplay): boolean {
  if (replay.status !== 200) return false;
  return run.event !== "role_change" || replay.role === run.roleBefore;
}

/** The role a `me` answer names (every area answers `{ user: { role } }`), or null. */
export function roleOf(body: unknown): string | null {
  const role = (body as { user?: { role?: unknown } } | null)?.user?.role;
  return typeof role === "string" ? role : null;
}
