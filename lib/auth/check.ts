import "server-only";
import { judgingTime } from "@/lib/clock";
import {
  readAccessToken,
  readSessionCookie,
  type CookieReader,
  type HeaderReader,
  type JwtTransport,
} from "@/lib/auth/credentials";
import { checkRevocation, type RevocationFailure } from "@/lib/auth/jwt/revocation";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import type { AccessTokenValidation } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { unsealSessionCookie } from "@/lib/auth/session/tokens";
import { validateSessionToken, type SessionValidation } from "@/lib/auth/session/validation";
import type { AuthArea } from "@/lib/config/types";
import type { CheckStep } from "@/lib/inspect/traces";

/**
 * One reader per credential: read it from the request, then check it with every rule. The DAL
 * uses these (tracing each step), and so does the inspector (without sliding the session), so
 * the inspector's verdict is the DAL's verdict. The proxy runs the first stage of the same
 * checks (firstStageProblem: the unseal, the signature) and leaves the store and revocation
 * lookups to the DAL.
 */

export type SessionAuth = SessionValidation | { ok: false; reason: "no_credential" };
export type JwtAuth =
  | (Extract<AccessTokenValidation, { ok: true }> & { transport: JwtTransport })
  | Extract<AccessTokenValidation, { ok: false }>
  | { ok: false; reason: "no_credential" | RevocationFailure };

type Result = { ok: true; cached?: boolean } | { ok: false; reason: string };
/** Runs one step of a check (the DAL traces it; the inspector just runs it). */
export type StepRunner = <R extends Result>(step: CheckStep, run: () => Promise<R>) => Promise<R>;
const untraced: StepRunner = (_step, run) => run();

interface CheckOptions {
  now?: number;
  step?: StepRunner;
}

/**
 * The session of a request: the cookie, unsealed, then looked up in the store (idle and absolute
 * expiry, disabled account). `slide: false` reads without sliding or purging (the inspector's
 * polling must not keep a session alive).
 */
export async function checkSessionCredential(
  cookies: CookieReader,
  { now = Date.now(), slide = true, step = untraced }: CheckOptions & { slide?: boolean } = {},
): Promise<SessionAuth> {
  const unsealed = await unsealStage(cookies, now, step);
  if (!unsealed.ok) return unsealed;
  const judgeAt = judgingTime(cookies, now);
  return step("store_lookup", () => validateSessionToken(unsealed.token, now, judgeAt, { slide }));
}

/**
 * The access token of a request (Bearer header or cookie): signature and claims, then — under a
 * revoking strategy (C23) — one lookup, never memoised: a revocation takes effect on the very next
 * request.
 */
export async function checkJwtCredential(
  cookies: CookieReader,
  headers: HeaderReader,
  { now = Date.now(), step = untraced }: CheckOptions = {},
): Promise<JwtAuth> {
  const result = await signatureStage(cookies, headers, now, step);
  if (!result.ok) return result;
  const { revocation } = getJwtSettings();
  if (revocation !== "none") {
    const check = await step("revocation_check", async () =>
      checkRevocation(result.claims, revocation),
    );
    if (!check.ok) return check;
  }
  return result;
}

/**
 * The proxy's gate for an area: the first stage of the same check (no store or revocation lookup:
 * that is the DAL's, once per request). The reason it refuses, or null.
 */
export async function firstStageProblem(
  area: AuthArea,
  cookies: CookieReader,
  headers: HeaderReader,
  step: StepRunner = untraced,
): Promise<string | null> {
  const now = Date.now();
  const result =
    area === "session"
      ? await unsealStage(cookies, now, step)
      : await signatureStage(cookies, headers, now, step);
  return result.ok ? null : result.reason;
}

/** The first stage for a session: the cookie must unseal (this server issued it). */
async function unsealStage(
  cookies: CookieReader,
  now: number,
  step: StepRunner,
): Promise<{ ok: true; token: string } | Extract<SessionAuth, { ok: false }>> {
  const seal = readSessionCookie(cookies);
  if (seal === null) return { ok: false, reason: "no_credential" };
  return step("unseal_cookie", () => unsealSessionCookie(seal, judgingTime(cookies, now)));
}

/** The first stage for a JWT: the signature and every claim. */
async function signatureStage(
  cookies: CookieReader,
  headers: HeaderReader,
  now: number,
  step: StepRunner,
): Promise<JwtAuth> {
  const credential = readAccessToken(cookies, headers);
  if (credential === null) return { ok: false, reason: "no_credential" };
  const result = await step("verify_signature", () =>
    validateAccessToken(credential.token, judgingTime(cookies, now)),
  );
  return result.ok ? { ...result, transport: credential.transport } : result;
}
