import { getJwtAuth } from "@/lib/auth/dal";
import { userFromClaims } from "@/lib/auth/jwt/validation";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

async function get(): Promise<Response> {
  const auth = await getJwtAuth();
  if (!auth.ok) return unauthorized("jwt", auth.reason);
  return apiJson({ user: userFromClaims(auth.claims), claims: auth.claims });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
