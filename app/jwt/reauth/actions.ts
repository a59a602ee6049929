"use server";

import { submitReauthForm, type ReauthState } from "@/lib/http/reauth-form";

export async function reauthAction(
  _previous: ReauthState,
  formData: FormData,
): Promise<ReauthState> {
  return submitReauthForm("jwt", formData);
}
