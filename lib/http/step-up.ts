import "server-only";
import type { JwtAuth } from "@/lib/auth/check/jwt";
import type { SessionAuth } from "@/lib/auth/check/session";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";
import { freshSessionProof, freshTokenProof } from "@/lib/auth/step-up/step-up";
import { proveByPassword, type FreshAuthentication } from "@/lib/auth/step-up/proof";
import { config } from "@/config";
import { reauthenticationRefused, stepUpRequired } from "@/lib/http/responses";

/**
 * The APIs' side of step-up (lib/auth/step-up/step-up.ts): the proof a sensitive operation demands, or
 * the answer to send instead — 401 `insufficient_user_authentication` (RFC 9470) for a login
 * too old, with the challenge the area speaks.
 */

/** A fresh session's proof, else 401 insufficient_user_authentication. */
export async function freshSessionOrStepUp(
  auth: Extract<SessionAuth, { ok: true }>,
): Promise<FreshAuthentication | Response> {
  return (await freshSessionProof(auth)) ?? stepUpRequired("session", config.stepUp.maxAgeSeconds);
}

/**
 * Where the request may carry the password instead (`{password}`): a sent password is always
 * checked (and throttled), whatever the login's age; without one, the login must be fresh.
 */
export async function freshSessionOrPassword(
  auth: Extract<SessionAuth, { ok: true }>,
  password: string | undefined,
): Promise<FreshAuthentication | Response> {
  if (password === undefined) return freshSessionOrStepUp(auth);
  const confirmed = await proveByPassword(auth.user, password, await currentLoginClient());
  return confirmed.ok ? confirmed.proof : reauthenticationRefused(confirmed);
}

/** A fresh access token's proof (its `auth_time`), else 401 with the token's own scheme. */
export async function freshTokenOrStepUp(
  auth: Extract<JwtAuth, { ok: true }>,
): Promise<FreshAuthentication | Response> {
  const proof = await freshTokenProof(auth.claims);
  if (proof !== null) return proof;
  const scheme = auth.transport === "dpop" ? "DPoP" : "Bearer";
  return stepUpRequired("jwt", config.stepUp.maxAgeSeconds, scheme);
}
