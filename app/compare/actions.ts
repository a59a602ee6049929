"use server";

import { submitLoginForm, type LoginFormState } from "@/lib/auth/form-login";

/** Logs the same user in to both areas, each with its own mechanism. */
export async function logInBothAction(
  _previous: LoginFormState,
  formData: FormData,
): Promise<LoginFormState> {
  return submitLoginForm(formData, { areas: ["session", "jwt"], destination: "/compare" });
}
