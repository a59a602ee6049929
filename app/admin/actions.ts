"use server";

import { redirect } from "next/navigation";
import { forceLogoutUser, updateUserAsAdmin } from "@/lib/accounts/admin";
import { requireFreshServerWideAdmin } from "@/lib/http/admin";
import { formField } from "@/lib/validation/form-state";
import { userIdSchema } from "@/lib/validation/ids";

// Each action is sensitive and server-wide (someone else's account): it checks afresh that the
// caller is an admin now (the operator, on a hosted instance) with a login typed within minutes (step-up; else off to reauth and back here), and the operation reads the admin's
// rights again when it writes. Then it reports what happened through `?done=`, so the page can
// explain it.

function userIdOf(formData: FormData): number {
  const parsed = userIdSchema.safeParse(formField(formData, "userId"));
  if (!parsed.success) redirect("/admin?done=error&reason=user_not_found");
  return parsed.data;
}

function outcome(
  done: string,
  result: { ok: true; revoked: number } | { ok: false; reason: string },
): never {
  if (!result.ok) redirect(`/admin?done=error&reason=${result.reason}`);
  redirect(`/admin?done=${done}&revoked=${result.revoked}`);
}

export async function forceLogoutAction(formData: FormData): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  outcome("logout", await forceLogoutUser(proof, userIdOf(formData)));
}

export async function changeRoleAction(formData: FormData): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  const role = formField(formData, "role") === "admin" ? "admin" : "user";
  outcome("role", await updateUserAsAdmin(proof, userIdOf(formData), { role }));
}

export async function setDisabledAction(formData: FormData): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  const disabled = formField(formData, "disabled") === "true";
  outcome(
    disabled ? "disabled" : "enabled",
    await updateUserAsAdmin(proof, userIdOf(formData), { disabled }),
  );
}
