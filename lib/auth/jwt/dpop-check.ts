import "server-only";
import { config } from "@/config";
import { verifyDpopProof, type DpopVerification } from "@/lib/auth/jwt/dpop";
import { currentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";
import { currentRequest } from "@/ground/context";
import type { HeaderReader } from "@/ground/readers";
import { getSessionStore } from "@/lib/session-store";

/**
 * The DPoP proof of the current request, checked once. The proxy and the DAL both ask (defence in
 * depth), but a proof is single-use: asked twice, the second check would find its own jti spent.
 * So the answer is kept in the request's own context (like the session hand-off) for the same
 * proof and token — any other proof or token is checked afresh.
 */

interface HeldCheck {
  proof: string | null;
  accessToken: string | undefined;
  expectedJkt: string | undefined;
  result: DpopVerification;
}

/**
 * The URL the client addressed, as a proof's htu names it: the Host it sent (forwarding headers
 * survive server.mjs only behind a configured trusted proxy) and the request target.
 */
function requestUrl(headers: HeaderReader): string | null {
  const target = currentRequest()?.target;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? headers.get("host");
  if (target === undefined || !target.startsWith("/") || !host) return null;
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwarded === "https" || forwarded === "http" ? forwarded : null;
  return `${protocol ?? (config.secure ? "https" : "http")}://${host}${target}`;
}

/** Whether the request carries a DPoP proof at all (the DPoP transport, or a DPoP token request). */
export function hasDpopProof(headers: HeaderReader): boolean {
  return headers.get("dpop") !== null;
}

/**
 * Verifies the request's `DPoP` header for this method and URL, bound to `expectedJkt` when given,
 * with `ath` for `accessToken` when given (RFC 9449 §4.3, §7.1). Never throws for bad input; a
 * networked replay cache that is away throws StoreUnavailableError (a 503, not a 401).
 */
export async function checkRequestDpop(
  headers: HeaderReader,
  { accessToken, expectedJkt }: { accessToken?: string; expectedJkt?: string } = {},
  now = Date.now(),
): Promise<DpopVerification> {
  const proof = headers.get("dpop");
  const context = currentRequest();
  const held = context?.dpopCheck as HeldCheck | undefined;
  if (
    held !== undefined &&
    held.proof === proof &&
    held.accessToken === accessToken &&
    held.expectedJkt === expectedJkt
  ) {
    return held.result.ok ? { ...held.result, cached: true } : held.result;
  }
  const url = requestUrl(headers);
  const store = getSessionStore();
  const result = await verifyDpopProof(
    {
      proof,
      method: context?.method ?? "",
      url: url ?? "",
      accessToken,
      expectedJkt,
      now,
    },
    {
      nonceRequired: config.dpop.nonce,
      claimOnce: (key, until, at) => store.claimOnce(key, until, at),
    },
  );
  if (context !== undefined) {
    context.dpopCheck = { proof, accessToken, expectedJkt, result } satisfies HeldCheck;
  }
  return result;
}

/** The nonce to hand a DPoP client now (the `DPoP-Nonce` header), or null when nonces are off. */
export function dpopNonceHeader(now = Date.now()): Record<string, string> {
  return config.dpop.nonce ? { "DPoP-Nonce": currentDpopNonce(now) } : {};
}
