import "server-only";
import { cookies } from "next/headers";
import { cookieSettings } from "@/lib/config";
import type { LabCredential } from "./csrf-bank";

type CookieCredential = Exclude<LabCredential, "bearer">;
export const COOKIE_CREDENTIALS: readonly CookieCredential[] = ["none", "lax", "strict"];

interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/** The lab token in the cookie for this SameSite value, if the browser sent it. */
export function labCookie(jar: CookieReader, sameSite: CookieCredential): string | null {
  return jar.get(cookieSettings.csrfLab[sameSite].name)?.value || null;
}

/** The Bearer token of an `Authorization` header, if any. */
export function labBearer(headers: Headers): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

/** The same token in all three cookies: they differ only in SameSite. Empty value clears. */
export async function setLabCookies(token: string | null): Promise<void> {
  const jar = await cookies();
  for (const sameSite of COOKIE_CREDENTIALS) {
    const { name, options } = cookieSettings.csrfLab[sameSite];
    jar.set(name, token ?? "", token === null ? { ...options, maxAge: 0 } : options);
  }
}
