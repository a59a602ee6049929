"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cookieSettings } from "@/lib/config";
import { modeSchema } from "@/lib/validation";

/** Remembers the preferred area in a plain preference cookie (C04) and goes there. */
export async function chooseModeAction(formData: FormData): Promise<void> {
  const parsed = modeSchema.safeParse(formData.get("mode"));
  const mode = parsed.success ? parsed.data : "session";
  const { name, options } = cookieSettings.mode;
  (await cookies()).set(name, mode, options);
  redirect(`/${mode}`);
}
