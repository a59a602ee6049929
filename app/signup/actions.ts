"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/ground/client-address";
import { getPreferredMode } from "@/lib/lab/preferences";
import { registerUser } from "@/lib/auth/login/authenticate";
import { labUnavailableMessage } from "@/lib/http/responses";
import { fieldErrorsOf, type FormState, formField } from "@/lib/validation/form-state";
import { signupSchema, type SignupInput } from "@/lib/validation/accounts";

export type SignupFormState = FormState<SignupInput>;

/** Creates the account, then sends the user to log in to their preferred area. */
export async function signupAction(
  _previous: SignupFormState,
  formData: FormData,
): Promise<SignupFormState> {
  const raw = {
    username: formField(formData, "username"),
    displayName: formField(formData, "displayName"),
    password: formField(formData, "password"),
  };
  const values = {
    username: typeof raw.username === "string" ? raw.username.slice(0, 64) : "",
    displayName: typeof raw.displayName === "string" ? raw.displayName.slice(0, 128) : "",
  };
  const parsed = signupSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await registerUser(parsed.data, clientAddress(await headers()));
  if (!result.ok) {
    const message =
      result.reason === "lab_unavailable"
        ? labUnavailableMessage(result.retryAfterSeconds)
        : result.reason === "throttled"
          ? `Too many sign-ups from here. Try again in ${result.retryAfterSeconds} seconds.`
          : result.reason === "lab_full"
            ? "Your lab already holds as many accounts as it may."
            : "That username is taken.";
    return { fieldErrors: { username: [message] }, values };
  }
  redirect(`/${await getPreferredMode()}/login?registered=1`);
}
