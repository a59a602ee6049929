import { AsyncLocalStorage } from "node:async_hooks";
import { processSingleton } from "@/ground/singleton";

/**
 * Per-request context, opened by server.mjs around each request (so it spans the proxy, the
 * route and the database calls of that one request) and finished when the response is sent.
 * server.mjs is plain JavaScript outside the Next.js bundles, so the AsyncLocalStorage instance is
 * shared through globalThis. Under a server that does not open contexts, there simply is none.
 */
export interface RequestContext {
  /** process.hrtime.bigint() when the request arrived. */
  startedAt: bigint;
  /** Whether Next's router is only prefetching (its headers are gone by the time proxy.ts runs). */
  prefetch: boolean;
  /** The request line as the client sent it (DPoP proofs name both): `GET`, `/api/jwt/me?x`. */
  method?: string;
  target?: string;
  /** This request's DPoP proof, checked once for the proxy and the DAL (its jti is spent). */
  dpopCheck?: unknown;
  /** SQL statements executed on behalf of this request, counted by the database driver. */
  queries: number;
  /** Called by server.mjs once the response has been sent. */
  onFinish: ((response: FinishedResponse) => void) | null;
  /** The inspector's trace, if it opened one (the checks write into it: ./trace-recorder.ts). */
  trace: unknown;
  /**
   * The proxy's answer to this request's credential check, for the DAL of the same request
   * (lib/auth/session/handoff.ts). In memory only: never a header, which a client could forge.
   */
  proxyCheck?: unknown;
  /** Whose trace this is: the browser's inspector id (changed if a login rotates it). */
  inspectorId?: string;
  /** Run by server.mjs once the response is over, sent or cut off (whenRequestEnds). */
  ends?: Array<() => void>;
  /**
   * The visitor's lab this request works in (lib/visitor-labs): set by the proxy from the signed
   * lab cookie, or by the login that opened the lab. Absent: the shared world.
   */
  labId?: string;
}

/**
 * Runs `fn` once this request is over, whether its response was sent or the connection cut
 * (server.mjs). False, and `fn` never runs, where no server opened the request (tests, scripts).
 */
export function whenRequestEnds(fn: () => void): boolean {
  const ends = currentRequest()?.ends;
  if (ends === undefined) return false;
  ends.push(fn);
  return true;
}

/** The shared world's lab id: all of a local instance, and the operator's on a hosted one. */
export const SHARED_LAB = "";

/**
 * The lab of the current request (or of `inLab`'s work). Every lab-scoped query reads it
 * (db/queries), so no request can name another lab's rows: the lab is never a parameter a
 * route could take from its input.
 */
export function currentLab(): string {
  return currentRequest()?.labId ?? SHARED_LAB;
}

/**
 * Runs `fn` in `labId`'s world: for work that belongs to no request (the idle-lab sweep, the
 * throw-away sweep) and for tests. Inside a request it keeps the request's counters.
 */
export function inLab<T>(labId: string, fn: () => T): T {
  const outer = currentRequest();
  const context: RequestContext = outer
    ? Object.assign(Object.create(outer) as RequestContext, { labId })
    : {
        startedAt: process.hrtime.bigint(),
        queries: 0,
        prefetch: false,
        onFinish: null,
        trace: null,
        labId,
      };
  return storage().run(context, fn);
}

export interface FinishedResponse {
  statusCode: number;
  getHeader(name: string): number | string | string[] | undefined;
}

// The same instance as server.mjs's (it reads the same registered symbol).
function storage(): AsyncLocalStorage<RequestContext> {
  return processSingleton("request-context", () => new AsyncLocalStorage<RequestContext>());
}

/** The current request's context, if the server opened one. */
export function currentRequest(): RequestContext | undefined {
  return storage().getStore();
}

/**
 * Whether this request is Next's router prefetching a link (guessing, not the user asking): a
 * check may judge it but must change nothing — no sliding, no purge of an expired session.
 */
export function isPrefetching(): boolean {
  return currentRequest()?.prefetch === true;
}

/** Runs `fn` inside a fresh request context (server.mjs does this; so do tests). */
export function runInRequest<T>(fn: () => T): T {
  const context = {
    startedAt: process.hrtime.bigint(),
    queries: 0,
    prefetch: false,
    onFinish: null,
    trace: null,
  };
  return storage().run(context, fn);
}

/**
 * Runs `fn` outside any request context: for timers started while serving a request, whose later
 * work belongs to no request (and must not be counted against it).
 */
export function outsideRequest<T>(fn: () => T): T {
  return storage().exit(fn);
}
