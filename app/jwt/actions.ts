"use server";

import { redirect } from "next/navigation";
import { revokeOtherJwtLogins } from "@/lib/accounts/self-service";
import { logOutOfJwt } from "@/lib/auth/login/logout";
import { loginUrl } from "@/lib/auth/login/redirects";
import { requireFreshJwt } from "@/lib/auth/step-up/step-up";

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
  const { auth, proof } = await requireFreshJwt("/jwt");
  const result = await revokeOtherJwtLogins(proof, auth.claims.fid ?? null);
  // Another login of this user ended this one first (both asked at once): this one is over.
  if (!result.ok) redirect(loginUrl("jwt", "/jwt"));
  redirect(`/jwt?done=others&ended=${result.ended}`);
}
