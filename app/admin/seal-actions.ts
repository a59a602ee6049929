"use server";

import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/dal";
import { requireFreshAdmin } from "@/lib/auth/step-up";
import { retireSealPasswordAsAdmin, rotateSealPasswordAsAdmin } from "@/lib/admin";
import { setCookieCacheSeconds } from "@/lib/auth/cookie/settings";
import { cookieCacheSchema, formField, sealPasswordIdSchema } from "@/lib/validation";

// The sealed cookies' knobs of the admin page. Each action checks afresh that the caller is an
// admin now; a seal password change is a key change (step-up: a login typed within minutes).

export async function rotateSealPasswordAction(): Promise<void> {
  const { proof } = await requireFreshAdmin("/admin");
  const rotated = rotateSealPasswordAsAdmin(proof);
  redirect(rotated.ok ? "/admin?done=seal_rotated#seal" : "/admin?done=error&reason=forbidden");
}

export async function retireSealPasswordAction(formData: FormData): Promise<void> {
  const { proof } = await requireFreshAdmin("/admin");
  const id = sealPasswordIdSchema.safeParse(formField(formData, "id"));
  const result = id.success ? retireSealPasswordAsAdmin(proof, id.data) : null;
  redirect(`/admin?done=${result?.ok ? "seal_retired" : "error"}#seal`);
}

export async function saveCookieCacheAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const seconds = cookieCacheSchema.safeParse(formField(formData, "seconds"));
  if (!seconds.success) redirect("/admin?done=cache_invalid#seal");
  setCookieCacheSeconds(seconds.data);
  redirect("/admin?done=cache_saved#seal");
}
