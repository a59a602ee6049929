"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clearClockCookie } from "@/lib/auth/cookies";
import { logOutOfEveryArea } from "@/lib/auth/login/logout";
import { closeLabAccount } from "@/lib/compare/lab-account";
import { deleteThisVisitorLab } from "@/lib/auth/visitor-lab/labs";
import { cookieSettings } from "@/config";

/**
 * "Start over": this browser logged out of every area, its clock back to real time, its
 * throw-away account deleted (hosted: its whole lab) and the tour forgotten — so a learner can begin again from `/`.
 * Preferences that are not lessons (language, theme, preferred area) stay.
 */
export async function startOverAction(): Promise<void> {
  await logOutOfEveryArea();
  await clearClockCookie();
  await closeLabAccount();
  // Hosted: the visitor's own lab goes too, with every switch changed in it.
  await deleteThisVisitorLab();
  const { name, options } = cookieSettings.tour;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
  redirect("/?reset=done");
}
