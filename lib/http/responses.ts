import { NextResponse } from "next/server";
import type { AuthArea } from "@/config/types";

/** The one shape of every API error: a stable code for programs, a sentence for people. */
export interface ApiErrorBody {
  error: string;
  message: string;
  [extra: string]: unknown;
}

/** A JSON error response: `{ error, message, ...extra }`. */
export function apiError(
  status: number,
  error: string,
  message: string,
  init: { headers?: HeadersInit; extra?: Record<string, unknown> } = {},
): Response {
  const body: ApiErrorBody = { error, message, ...init.extra };
  return Response.json(body, { status, headers: noStore(init.headers) });
}

/** A JSON success response; authenticated answers are never cached. */
/**
 * A JSON answer. A promise is refused by the type: every query is asynchronous now, and a
 * forgotten `await` would otherwise answer `{}` — a settings page with no settings.
 */
export function apiJson<T>(
  data: T extends PromiseLike<unknown> ? never : T,
  status = 200,
  headers?: HeadersInit,
): Response {
  return Response.json(data, { status, headers: noStore(headers) });
}

/**
 * A redirect that never re-sends a body: a read keeps its method (307), anything else is sent on
 * by GET (303 See Other). A 307 would have the browser post a form — a server action and all — to
 * wherever it is sent.
 */
export function redirectFor(method: string, target: URL): NextResponse {
  return NextResponse.redirect(target, method === "GET" || method === "HEAD" ? 307 : 303);
}

function noStore(headers?: HeadersInit): Headers {
  const result = new Headers(headers);
  result.set("Cache-Control", "no-store");
  return result;
}

/**
 * The headers of a logout answer. Clear-Site-Data empties this origin's HTTP cache of anything an
 * authenticated page left behind. Not "cookies" nor "storage": those are per origin, and would also
 * log the browser out of the other area and wipe the lab's own demonstration state; each
 * credential cookie is cleared by name instead.
 */
export function logoutHeaders(): Headers {
  return new Headers({ "Cache-Control": "no-store", "Clear-Site-Data": '"cache"' });
}

/** 401 for a missing or bad credential; the body never says which check failed to an attacker. */
export function unauthorized(area: AuthArea | "bff", reason?: string): Response {
  // The JWT area takes `Authorization: Bearer` or `DPoP`: its 401 says so (RFC 6750's and RFC
  // 9449's challenges) — for a refused proof, with the RFC's error, which a DPoP client needs
  // (`use_dpop_nonce`: retry with the nonce in `DPoP-Nonce`). The body stays generic.
  return apiError(401, "unauthenticated", "Authentication required.", {
    headers: area === "jwt" ? jwtChallenge(reason) : undefined,
  });
}

const DPOP_ALGS = 'algs="ES256"';

function jwtChallenge(reason: string | undefined): HeadersInit {
  if (reason?.startsWith("dpop_") !== true) {
    return { "WWW-Authenticate": `Bearer realm="jwt", DPoP ${DPOP_ALGS}` };
  }
  const error = reason.startsWith("dpop_nonce_")
    ? "use_dpop_nonce"
    : reason === "dpop_bound_token" || reason === "dpop_token_unbound"
      ? "invalid_token"
      : "invalid_dpop_proof";
  return { "WWW-Authenticate": `DPoP error="${error}", ${DPOP_ALGS}` };
}

/** 429 with Retry-After: a throttle said "not yet" (a login, or a lab's sign-up of a toy account). */
export function tooManyAttempts(retryAfterSeconds: number): Response {
  return apiError(429, "too_many_attempts", tooManyAttemptsMessage(retryAfterSeconds), {
    headers: { "Retry-After": String(retryAfterSeconds) },
    extra: { retryAfter: retryAfterSeconds },
  });
}

/**
 * Hosted, a first login or sign-up opens the visitor's lab (lib/auth/visitor-lab): 429 with
 * Retry-After when none can be opened now — the site holds all it may, or many were just opened
 * from this address. Nothing the visitor got wrong, and it says so.
 */
export function labUnavailable(retryAfterSeconds: number): Response {
  return apiError(429, "lab_unavailable", labUnavailableMessage(retryAfterSeconds), {
    headers: { "Retry-After": String(retryAfterSeconds) },
    extra: { retryAfter: retryAfterSeconds },
  });
}

export function labUnavailableMessage(retryAfterSeconds: number): string {
  return `No lab of your own can be opened right now: this site holds as many as it may, or many were just opened from your address. Try again in ${seconds(retryAfterSeconds)}.`;
}

function seconds(n: number): string {
  return `${n} second${n === 1 ? "" : "s"}`;
}

/** The words for a refusal that asks the client to wait: the login throttle's, or no lab yet. */
export function retryLaterMessage(failure: {
  reason: "throttled" | "lab_unavailable";
  retryAfterSeconds: number;
}): string {
  return failure.reason === "lab_unavailable"
    ? labUnavailableMessage(failure.retryAfterSeconds)
    : tooManyAttemptsMessage(failure.retryAfterSeconds);
}

/** The answer to a refused login: 429 with Retry-After when throttled, else one generic 401. */
export function loginRefused(
  failure:
    | { reason: "invalid_credentials" }
    | { reason: "throttled"; retryAfterSeconds: number }
    | { reason: "lab_unavailable"; retryAfterSeconds: number }
    | { reason: "session_limit"; limit: number }
    | { reason: "store_unavailable" },
): Response {
  if (failure.reason === "store_unavailable") return storeUnavailable();
  if (failure.reason === "session_limit") {
    return apiError(409, "session_limit", sessionLimitMessage(failure.limit), {
      extra: { limit: failure.limit },
    });
  }
  if (failure.reason === "throttled") return tooManyAttempts(failure.retryAfterSeconds);
  if (failure.reason === "lab_unavailable") return labUnavailable(failure.retryAfterSeconds);
  return apiError(401, "invalid_credentials", INVALID_CREDENTIALS_MESSAGE);
}

export const STORE_UNAVAILABLE_MESSAGE =
  "The session store is unreachable right now, so no session can be kept. Try again shortly.";

/** 503: the session store (Redis) is away — nothing the client did wrong, and nothing changed. */
export function storeUnavailable(): Response {
  return apiError(503, "store_unavailable", STORE_UNAVAILABLE_MESSAGE, {
    headers: { "Retry-After": "5" },
  });
}

export const INVALID_CREDENTIALS_MESSAGE = "Invalid username or password.";

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many failed attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
}

/** A refused re-authentication (the password of an already signed-in user): 403, or 429. */
export function reauthenticationRefused(
  failure:
    | { reason: "invalid_credentials" }
    | { reason: "throttled" | "lab_unavailable"; retryAfterSeconds: number },
): Response {
  if (failure.reason !== "invalid_credentials") return loginRefused(failure);
  return apiError(403, "invalid_password", "That is not your current password.");
}

export function sessionLimitMessage(limit: number): string {
  return `You are already logged in on ${limit} devices, the most allowed. Log out of one first.`;
}

/**
 * 400 for a token request (login, refresh) whose DPoP proof was refused, as RFC 9449 §5 words it:
 * `invalid_dpop_proof`, or `use_dpop_nonce` (the fresh nonce travels in `DPoP-Nonce`).
 */
export function dpopProofRefused(error: "invalid_dpop_proof" | "use_dpop_nonce"): Response {
  return apiError(
    400,
    error,
    error === "use_dpop_nonce"
      ? "Make the DPoP proof again with the nonce in the DPoP-Nonce header."
      : "The DPoP proof was refused: make a fresh one for this request with your key.",
  );
}

/**
 * 401 for a sensitive action asked with a login too old for it (step-up). RFC 9470's error code
 * and `max_age`; the JWT area's challenge names its scheme, as RFC 9470 §3 shows for Bearer.
 * Re-authenticate (`POST /api/{area}/reauth` with the password), then ask again.
 */
export function stepUpRequired(
  area: "session" | "jwt",
  maxAgeSeconds: number,
  scheme: "Bearer" | "DPoP" = "Bearer",
): Response {
  const challenge = `${scheme} error="insufficient_user_authentication", max_age="${maxAgeSeconds}"`;
  return apiError(
    401,
    "insufficient_user_authentication",
    `This needs a login no older than ${Math.round(maxAgeSeconds / 60)} minutes: type your password again (POST /api/${area}/reauth), then retry.`,
    {
      headers: area === "jwt" ? { "WWW-Authenticate": challenge } : undefined,
      extra: { maxAge: maxAgeSeconds },
    },
  );
}
