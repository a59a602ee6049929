"use server";

import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth/dal";
import { requireFreshAdmin } from "@/lib/auth/step-up";
import {
  retireSealPassword,
  rotateSealPassword,
  setCookieCacheSeconds,
} from "@/lib/auth/cookie/settings";
import { cookieCacheSchema, formField, sealPasswordIdSchema } from "@/lib/validation";

// The sealed cookies' knobs of the admin page. Each action checks afresh that the caller is an
// admin now.

export async function rotateSealPasswordAction(): Promise<void> {
  await requireAdmin();
  rotateSealPassword();
  redirect("/admin?done=seal_rotated#seal");
}

export async function retireSealPasswordAction(formData: FormData): Promise<void> {
  await requireFreshAdmin("/admin"); // sensitive: a login typed within minutes (step-up)
  const id = sealPasswordIdSchema.safeParse(formField(formData, "id"));
  const result = id.success ? retireSealPassword(id.data) : null;
  redirect(`/admin?done=${result?.ok ? "seal_retired" : "error"}#seal`);
}

export async function saveCookieCacheAction(formData: FormData): Promise<void> {
  await requireAdmin();
  const seconds = cookieCacheSchema.safeParse(formField(formData, "seconds"));
  if (!seconds.success) redirect("/admin?done=cache_invalid#seal");
  setCookieCacheSeconds(seconds.data);
  redirect("/admin?done=cache_saved#seal");
}
