import "server-only";
import type { SessionValidation } from "@/lib/auth/session/validation";
import { currentRequest } from "@/ground/context";

/**
 * The proxy looks the session up (that lookup is its check) and hands the answer to the DAL
 * of the same request, so a request pays one lookup, not two. The hand-off lives in the request's
 * own context (AsyncLocalStorage), never in a header a client could forge, and is taken once: a
 * second check in the same request — after a logout or a revocation it made — looks up afresh.
 * Where no proxy ran (a matcher gap, a test), there is nothing to take and the DAL looks up itself.
 */

/** Where the proxy's answer came from: the store, or the session's cookie cache. */
export type SessionSource = "store" | "cookie_cache";

interface SessionHandoff {
  kind: "session";
  token: string;
  clockOffsetMs: number;
  source: SessionSource;
  result: Extract<SessionValidation, { ok: true }>;
}

/** Keeps the proxy's successful check of `token` for this request's DAL. */
export function handSessionToDal(
  token: string,
  clockOffsetMs: number,
  result: Extract<SessionValidation, { ok: true }>,
  source: SessionSource,
): void {
  const context = currentRequest();
  if (context === undefined) return;
  context.proxyCheck = { kind: "session", token, clockOffsetMs, source, result };
}

/**
 * What the proxy found, without taking it (the proxy itself, deciding whether to refresh the
 * cookie cache once its check is done).
 */
export function peekSessionHandoff(): Pick<SessionHandoff, "source" | "result"> | null {
  const handed = currentRequest()?.proxyCheck as SessionHandoff | undefined;
  return handed?.kind === "session" ? handed : null;
}

/**
 * The proxy's lookup of this very token, judged under the same fast-forward clock (a server action
 * may have moved it since), once; else null.
 */
export function takeSessionFromProxy(
  token: string,
  clockOffsetMs: number,
  { storeOnly = false }: { storeOnly?: boolean } = {},
): Extract<SessionValidation, { ok: true }> | null {
  const context = currentRequest();
  const handed = context?.proxyCheck as SessionHandoff | undefined;
  if (
    handed?.kind !== "session" ||
    handed.token !== token ||
    handed.clockOffsetMs !== clockOffsetMs ||
    (storeOnly && handed.source !== "store")
  ) {
    return null;
  }
  context!.proxyCheck = undefined;
  return handed.result;
}
