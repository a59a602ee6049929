"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/ground/client-address";
import { getPreferredMode } from "@/lib/lab/preferences";
import { registerUser } from "@/lib/auth/login/authenticate";
import { formWords } from "@/lib/http/form-words";
import { fieldErrorsOf, type FormState, formField } from "@/lib/validation/form-state";
import type { SignupInput } from "@/lib/validation/accounts";

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
  const words = await formWords();
  const parsed = words.schemas.signupSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await registerUser(parsed.data, clientAddress(await headers()));
  if (!result.ok) {
    // The sign-up throttle counts sign-ups from one address, not failed passwords: its own words.
    const message = words.refusal(
      result.reason === "throttled" ? { ...result, reason: "signup_throttled" } : result,
    );
    return { fieldErrors: { username: [message] }, values };
  }
  redirect(`/${await getPreferredMode()}/login?registered=1`);
}
