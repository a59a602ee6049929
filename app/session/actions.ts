"use server";

import { redirect } from "next/navigation";
import { logOutOfSession } from "@/lib/auth/login/logout";

/** Logout: the server deletes the record, so the cookie — or any copy of it — is dead. */
export async function logoutAction(): Promise<void> {
  await logOutOfSession();
  redirect("/session/login?reason=logged_out");
}
