import "server-only";
import type { CookieReader } from "@/ground/readers";
import { readSealedSessionCookie } from "@/lib/auth/credentials";
import { judgingTime } from "@/lib/auth/clock";
import { validateSealedSession, type SealedSessionValidation } from "@/lib/auth/sealed/validation";
import { untraced, type CheckOptions } from "@/lib/auth/check/steps";

export type SealedAuth = SealedSessionValidation | { ok: false; reason: "no_credential" };

/**
 * The sealed-cookie session of a request: the cookie, unsealed (memoised per exact cookie, so the
 * DAL reuses the proxy's unseal) and its expiry judged. Nothing is looked up: the server keeps
 * nothing, so nothing it does afterwards — logout, role change, force logout — can reach a copy.
 * The proxy, the DAL and the inspector all take this one path.
 */
export async function checkSealedCredential(
  cookies: CookieReader,
  { now = Date.now(), step = untraced }: CheckOptions = {},
): Promise<SealedAuth> {
  const seal = readSealedSessionCookie(cookies);
  if (seal === null) return { ok: false, reason: "no_credential" };
  return step("unseal_cookie", () => validateSealedSession(seal, now, judgingTime(cookies, now)));
}
