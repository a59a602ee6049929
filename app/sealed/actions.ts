"use server";

import { redirect } from "next/navigation";
import { logOutOfSealed } from "@/lib/auth/login/logout";

/** Logout: the cookie is cleared, but a copy of it still unseals until its sealed expiry. */
export async function logoutAction(): Promise<void> {
  await logOutOfSealed();
  redirect("/sealed/login?reason=logged_out");
}
