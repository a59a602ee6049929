"use server";

import { submitAreaLoginForm, type LoginFormState } from "@/lib/auth/login/form-login";

export async function loginAction(
  _previous: LoginFormState,
  formData: FormData,
): Promise<LoginFormState> {
  return submitAreaLoginForm("sealed", formData);
}
