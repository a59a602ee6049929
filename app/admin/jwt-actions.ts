"use server";

import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/dal";
import { requireFreshAdmin } from "@/lib/auth/step-up";
import { changeJwtSettings, retireKey, rotateKeys } from "@/lib/auth/jwt/admin";
import { jwtSettingsSchema, kidSchema, formField } from "@/lib/validation";

// The JWT knobs of the admin page. Each action checks afresh that the caller is an admin now.

export async function saveJwtSettingsAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const parsed = jwtSettingsSchema.safeParse({
    revocation: formField(formData, "revocation"),
    algorithm: formField(formData, "algorithm"),
    accessTtl: Number(formField(formData, "accessTtl")),
    encrypted: formField(formData, "encrypted") === "on",
  });
  if (!parsed.success) redirect("/admin?done=jwt_invalid#jwt");
  await changeJwtSettings(parsed.data);
  redirect("/admin?done=jwt_saved#jwt");
}

export async function rotateKeyAction(): Promise<void> {
  await requireAdmin();
  await rotateKeys();
  redirect("/admin?done=key_rotated#jwt");
}

export async function retireKeyAction(formData: FormData): Promise<void> {
  await requireFreshAdmin("/admin"); // sensitive: a login typed within minutes (step-up)
  const kid = kidSchema.safeParse(formField(formData, "kid"));
  const result = kid.success ? await retireKey(kid.data) : "not_found";
  redirect(`/admin?done=${result === "retired" ? "key_retired" : "error"}#jwt`);
}
