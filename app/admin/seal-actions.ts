"use server";

import { redirect } from "next/navigation";
import { requireFreshServerWideAdmin } from "@/lib/http/admin";
import {
  retireSealPasswordAsAdmin,
  rotateSealPasswordAsAdmin,
  setCookieCacheAsAdmin,
} from "@/lib/accounts/admin";
import { formField } from "@/lib/validation/form-state";
import { sealPasswordIdSchema } from "@/lib/validation/ids";
import { cookieCacheSchema } from "@/lib/validation/admin-settings";

// The sealed cookies' knobs of the admin page. Each action checks afresh that the caller is an
// admin now (the operator, on a hosted instance), with a login typed within minutes (step-up): a seal password change is a key change,
// and the cookie cache decides how long a revoked session still works.

export async function rotateSealPasswordAction(): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  const rotated = await rotateSealPasswordAsAdmin(proof);
  redirect(
    rotated.ok
      ? "/admin?done=seal_rotated#seal"
      : `/admin?done=error&reason=${rotated.reason}#seal`,
  );
}

export async function retireSealPasswordAction(formData: FormData): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  const id = sealPasswordIdSchema.safeParse(formField(formData, "id"));
  const result = id.success ? await retireSealPasswordAsAdmin(proof, id.data) : null;
  redirect(`/admin?done=${result?.ok ? "seal_retired" : "error"}#seal`);
}

export async function saveCookieCacheAction(formData: FormData): Promise<void> {
  const { proof } = await requireFreshServerWideAdmin("/admin");
  const seconds = cookieCacheSchema.safeParse(formField(formData, "seconds"));
  if (!seconds.success) redirect("/admin?done=cache_invalid#seal");
  const saved = await setCookieCacheAsAdmin(proof, seconds.data);
  redirect(saved.ok ? "/admin?done=cache_saved#seal" : "/admin?done=error&reason=forbidden");
}
