import { revokeOtherJwtLogins } from "@/lib/accounts/self-service";
import { getJwtAuth } from "@/lib/auth/dal";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { freshTokenOrStepUp } from "@/lib/http/step-up";
import { route } from "@/lib/http/route";

/**
 * "Log out my other logins" for the JWT area — a sensitive action (step-up): the token's
 * `auth_time` must be recent. Ends every other refresh family of the user; their access tokens
 * stay valid until they expire (nothing else was kept to end). Of two logins asking at once, one
 * wins: the other's own family has ended by then, and it is answered 401.
 */
async function post(): Promise<Response> {
  const auth = await getJwtAuth();
  if (!auth.ok) return unauthorized("jwt", auth.reason);
  const proof = await freshTokenOrStepUp(auth);
  if (proof instanceof Response) return proof;
  const result = await revokeOtherJwtLogins(proof, auth.claims.fid ?? null);
  return result.ok ? apiJson({ endedFamilies: result.ended }) : unauthorized("jwt");
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });
