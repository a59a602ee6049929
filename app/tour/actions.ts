"use server";

import { submitLoginForm, type LoginFormState } from "@/lib/http/login-form";
import { rebuildLocalPath } from "@/lib/auth/login/redirects";
import { formField } from "@/lib/validation/form-state";

/** Back to the tour step the form was on (only a tour step: never an arbitrary `next`). */
function tourDestination(next: unknown): string {
  const path = rebuildLocalPath(next);
  return path !== null && /^\/tour\/[1-9]$/.test(path) ? path : "/tour/2";
}

/**
 * The tour's one login: the same user logged in to the three areas with one form, then on (or
 * back) to a step.
 */
export async function logInToAllForTourAction(
  _previous: LoginFormState,
  formData: FormData,
): Promise<LoginFormState> {
  return submitLoginForm(formData, {
    areas: ["session", "sealed", "jwt"],
    destination: tourDestination(formField(formData, "next")),
  });
}
