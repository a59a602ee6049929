"use server";

import { submitLoginForm, type LoginFormState } from "@/lib/auth/form-login";

export async function loginAction(
  _previous: LoginFormState,
  formData: FormData,
): Promise<LoginFormState> {
  return submitLoginForm("jwt", formData);
}
