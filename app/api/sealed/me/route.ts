import { getSealedAuth } from "@/lib/auth/dal";
import { apiJson, unauthorized } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

async function get(): Promise<Response> {
  const auth = await getSealedAuth();
  if (!auth.ok) return unauthorized("sealed");
  const { uid, name, role, iat, exp } = auth.data;
  return apiJson({
    user: { id: uid, displayName: name, role },
    sealed: { iat, exp, passwordId: auth.passwordId, expiresAt: auth.expiresAt },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
