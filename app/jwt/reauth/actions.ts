"use server";

import { submitReauthForm, type ReauthState } from "@/lib/auth/step-up/reauth-form";

export async function reauthAction(
  _previous: ReauthState,
  formData: FormData,
): Promise<ReauthState> {
  return submitReauthForm("jwt", formData);
}
