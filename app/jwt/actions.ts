"use server";

import { redirect } from "next/navigation";
import { requireJwt } from "@/lib/auth/dal";
import { revokeOtherRefreshTokens } from "@/lib/auth/jwt/refresh";
import { logOutOfJwt } from "@/lib/auth/logout";
import { judgeNow, requireFresh, tokenFreshness } from "@/lib/auth/step-up";

/** Logout: the cookie is cleared, but a copy of the token stays valid until `exp`. */
export async function logoutAction(): Promise<void> {
  await logOutOfJwt();
  redirect("/jwt/login?reason=logged_out");
}

/**
 * Ends every other login of this user (their refresh families) — a sensitive action (step-up):
 * the token's `auth_time` must be recent, else the password first. Their access tokens live on
 * until `exp`: nothing else was kept to end.
 */
export async function logoutOthersAction(): Promise<void> {
  const { claims } = await requireJwt("/jwt");
  requireFresh(tokenFreshness(claims, await judgeNow()), "jwt", "/jwt");
  const ended = revokeOtherRefreshTokens(Number(claims.sub), claims.fid ?? null);
  redirect(`/jwt?done=others&ended=${ended}`);
}
