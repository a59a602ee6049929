import "server-only";
import { cookies } from "next/headers";
import type { CookieReader } from "@/ground/readers";
import { cookieSettings } from "@/config";
import type { LabCredential } from "./csrf-bank";

type CookieCredential = Exclude<LabCredential, "bearer">;
export const COOKIE_CREDENTIALS: readonly CookieCredential[] = ["none", "lax", "strict"];

/** The lab token in the cookie for this SameSite value, if the browser sent it. */
export function labCookie(jar: CookieReader, sameSite: CookieCredential): string | null {
  return jar.get(cookieSettings.csrfLab[sameSite].name)?.value || null;
}

/** The same token in all three cookies: they differ only in SameSite. Empty value clears. */
export async function setLabCookies(token: string | null): Promise<void> {
  const jar = await cookies();
  for (const sameSite of COOKIE_CREDENTIALS) {
    const { name, options } = cookieSettings.csrfLab[sameSite];
    jar.set(name, token ?? "", token === null ? { ...options, maxAge: 0 } : options);
  }
}
