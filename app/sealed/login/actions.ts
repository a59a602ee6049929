"use server";

import { submitAreaLoginForm, type LoginFormState } from "@/lib/http/login-form";

export async function loginAction(
  _previous: LoginFormState,
  formData: FormData,
): Promise<LoginFormState> {
  return submitAreaLoginForm("sealed", formData);
}
