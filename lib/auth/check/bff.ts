import "server-only";
import type { CookieReader } from "@/ground/readers";
import { findBffSession, type BffSessionCheck } from "@/lib/auth/bff/sessions";
import { judgingTime } from "@/lib/auth/clock";
import { readBffSessionCookie } from "@/lib/auth/credentials";
import { untraced, type CheckOptions } from "@/lib/auth/check/steps";

/**
 * The backend-for-frontend's session of a request: the cookie's opaque token, looked up by its
 * hash (one indexed query, joined to its user and its refresh family's state). The proxy and the
 * DAL both run it: the JWTs it holds are the BFF's business once the browser is known.
 */
export type BffAuth = BffSessionCheck;

export function checkBffCredential(
  cookies: CookieReader,
  { now = Date.now(), step = untraced }: CheckOptions = {},
): Promise<BffAuth> {
  const token = readBffSessionCookie(cookies);
  return step("store_lookup", () => findBffSession(token, judgingTime(cookies, now)));
}
