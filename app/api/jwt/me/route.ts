import { getJwtAuth } from "@/lib/auth/dal";
import { userFromClaims } from "@/lib/auth/jwt";
import { methodNotAllowed } from "@/lib/http/request";
import { apiJson, unauthorized } from "@/lib/http/responses";

export async function GET(): Promise<Response> {
  const auth = await getJwtAuth();
  if (!auth.ok) return unauthorized(true);
  return apiJson({ user: userFromClaims(auth.claims), claims: auth.claims });
}

export const POST = methodNotAllowed("GET");
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
