"use server";

import { redirect } from "next/navigation";
import { requireFreshServerWideAdmin } from "@/lib/http/admin";
import { changeJwtSettings, retireKeyAsAdmin, rotateKeys } from "@/lib/auth/jwt/admin";
import { formField } from "@/lib/validation/form-state";
import { kidSchema } from "@/lib/validation/ids";
import { jwtSettingsSchema } from "@/lib/validation/admin-settings";

// The JWT knobs of the admin page. Each is sensitive (keys, and whether revoked tokens stay
// revoked) and server-wide: an admin now (the operator, on a hosted instance), with a login typed
// within minutes (step-up).

export async function saveJwtSettingsAction(formData: FormData): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  const parsed = jwtSettingsSchema.safeParse({
    revocation: formField(formData, "revocation"),
    algorithm: formField(formData, "algorithm"),
    accessTtl: Number(formField(formData, "accessTtl")),
    encrypted: formField(formData, "encrypted") === "on",
  });
  if (!parsed.success) redirect("/admin?done=jwt_invalid#jwt");
  const changed = await changeJwtSettings(proof, parsed.data);
  redirect(
    changed.ok ? "/admin?done=jwt_saved#jwt" : `/admin?done=error&reason=${changed.reason}#jwt`,
  );
}

export async function rotateKeyAction(): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  const rotated = await rotateKeys(proof);
  redirect(
    rotated.ok ? "/admin?done=key_rotated#jwt" : `/admin?done=error&reason=${rotated.reason}#jwt`,
  );
}

export async function retireKeyAction(formData: FormData): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  const kid = kidSchema.safeParse(formField(formData, "kid"));
  const result = kid.success ? await retireKeyAsAdmin(proof, kid.data) : "not_found";
  redirect(`/admin?done=${result === "retired" ? "key_retired" : "error"}#jwt`);
}
