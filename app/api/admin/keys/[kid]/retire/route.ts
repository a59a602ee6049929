import { jwtAdminOverview, retireKeyAsAdmin } from "@/lib/auth/jwt/admin";
import { adminFailure, freshServerWideAdminOrError } from "@/lib/http/admin";
import { apiError, apiJson } from "@/lib/http/responses";
import { kidSchema } from "@/lib/validation/ids";
import { route } from "@/lib/http/route";

/**
 * Retires a previous key (C24): every token it signed stops verifying at once. Sensitive
 * (step-up): the admin's own login must be fresh.
 */
async function post(
  request: Request,
  { params }: { params: Promise<{ kid: string }> },
): Promise<Response> {
  const admin = await freshServerWideAdminOrError();
  if (admin instanceof Response) return admin;
  const kid = kidSchema.safeParse((await params).kid);
  const result = kid.success ? await retireKeyAsAdmin(admin.proof, kid.data) : "not_found";
  if (result === "forbidden") return adminFailure(result);
  if (result === "not_found") return apiError(404, "key_not_found", "No such active key.");
  if (result === "current") {
    return apiError(409, "key_is_current", "The current key signs new tokens: rotate first.");
  }
  return apiJson({ retired: kid.data, ...(await jwtAdminOverview()) });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });
