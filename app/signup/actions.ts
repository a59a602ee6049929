"use server";

import { redirect } from "next/navigation";
import { getPreferredMode } from "@/lib/mode";
import { registerUser } from "@/lib/users";
import { fieldErrorsOf, signupSchema, type FormState, type SignupInput } from "@/lib/validation";

export type SignupFormState = FormState<SignupInput>;

/** Creates the account, then sends the user to log in to their preferred area. */
export async function signupAction(
  _previous: SignupFormState,
  formData: FormData,
): Promise<SignupFormState> {
  const raw = {
    username: formData.get("username"),
    displayName: formData.get("displayName"),
    password: formData.get("password"),
  };
  const values = {
    username: typeof raw.username === "string" ? raw.username.slice(0, 64) : "",
    displayName: typeof raw.displayName === "string" ? raw.displayName.slice(0, 128) : "",
  };
  const parsed = signupSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await registerUser(parsed.data);
  if (!result.ok) return { fieldErrors: { username: ["That username is taken."] }, values };
  redirect(`/${await getPreferredMode()}/login?registered=1`);
}
