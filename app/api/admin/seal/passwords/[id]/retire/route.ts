import { retireSealPasswordAsAdmin } from "@/lib/accounts/admin";
import { adminFailure, freshServerWideAdminOrError } from "@/lib/http/admin";
import { apiError, apiJson } from "@/lib/http/responses";
import { sealPasswordIdSchema } from "@/lib/validation/ids";
import { route } from "@/lib/http/route";

/**
 * Removes an old seal password: every sealed-cookie session sealed with it ends at once.
 * Sensitive (step-up): the admin's own login must be fresh.
 */
async function post(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const admin = await freshServerWideAdminOrError();
  if (admin instanceof Response) return admin;
  const id = sealPasswordIdSchema.safeParse((await params).id);
  const result = id.success
    ? await retireSealPasswordAsAdmin(admin.proof, id.data)
    : ({ ok: false, reason: "password_unknown" } as const);
  if (result.ok) return apiJson(result.settings);
  if (result.reason === "forbidden") return adminFailure(result.reason);
  if (result.reason === "password_current") {
    return apiError(
      409,
      "password_is_current",
      "The current password seals new cookies: rotate first.",
    );
  }
  return apiError(404, "password_not_found", "No such seal password.");
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ POST: post });
