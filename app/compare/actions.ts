"use server";

import { redirect } from "next/navigation";
import { submitLoginForm, type LoginFormState } from "@/lib/auth/form-login";
import { logInWithJwt, logInWithSession } from "@/lib/auth/login";
import { createLabAccount } from "@/lib/compare/lab-account";

/** Logs the same user in to both areas, each with its own mechanism. */
export async function logInBothAction(
  _previous: LoginFormState,
  formData: FormData,
): Promise<LoginFormState> {
  return submitLoginForm(formData, { areas: ["session", "jwt"], destination: "/compare" });
}

/**
 * A throw-away account for this browser, logged in to both areas: the steps that change an
 * account act on it, never on a shared demo user.
 */
export async function startLabAccountAction(): Promise<void> {
  const credentials = await createLabAccount();
  for (const logIn of [logInWithSession, logInWithJwt]) {
    // A store outage or the session limit: the page says so, nothing half-done is kept.
    if (!(await logIn(credentials)).ok) redirect("/compare?lab_account=failed");
  }
  redirect("/compare");
}
