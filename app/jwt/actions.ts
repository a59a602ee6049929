"use server";

import { redirect } from "next/navigation";
import { logOutOfJwt } from "@/lib/auth/logout";

/** Logout: the cookie is cleared, but a copy of the token stays valid until `exp`. */
export async function logoutAction(): Promise<void> {
  await logOutOfJwt();
  redirect("/jwt/login?reason=logged_out");
}
