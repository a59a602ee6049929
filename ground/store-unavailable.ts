/**
 * A store the server needs could not be reached — a networked one: Redis, or the PostgreSQL
 * database — down, restarting, or the connection lost. Not a bug and not the client's fault:
 * APIs answer 503 `store_unavailable`, the login form says so inline, the proxy lets the request
 * through to the page that says so.
 */
export class StoreUnavailableError extends Error {
  constructor(what: string, cause: unknown) {
    super(`The ${what} is unreachable.`, { cause });
    this.name = "StoreUnavailableError";
  }
}

/**
 * Whether an error is, or was caused by, an unreachable store: drizzle wraps a driver's error in
 * one of its own ("Failed query: …"), so the mark may be a cause or two down.
 */
export function isStoreUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof StoreUnavailableError) return true;
    current = current.cause;
  }
  return false;
}
