"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { submitLoginForm, type LoginFormState } from "@/lib/http/login-form";
import { logInWithSealed, logInWithJwt, logInWithSession } from "@/lib/auth/login/login";
import { createLabAccount } from "@/lib/compare/lab-account";
import { rotateInspectorId } from "@/lib/inspect/rotate-id";
import { clientAddress } from "@/ground/client-address";

/** Logs the same user in to every area, each with its own mechanism. */
export async function logInBothAction(
  _previous: LoginFormState,
  formData: FormData,
): Promise<LoginFormState> {
  return submitLoginForm(formData, {
    areas: ["session", "sealed", "jwt"],
    destination: "/compare",
  });
}

/**
 * A throw-away account for this browser, logged in to every area: the steps that change an
 * account act on it, never on a shared demo user.
 */
export async function startLabAccountAction(): Promise<void> {
  const made = await createLabAccount(clientAddress(await headers()));
  if (!made.ok) redirect("/compare?lab_account=throttled");
  for (const logIn of [logInWithSession, logInWithSealed, logInWithJwt]) {
    // A store outage: the page says so.
    if (!(await logIn(made.credentials)).ok) redirect("/compare?lab_account=failed");
    await rotateInspectorId();
  }
  redirect("/compare");
}
