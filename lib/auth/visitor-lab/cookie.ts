import "server-only";
import { cookies } from "next/headers";
import { cookieSettings } from "@/config";
import type { CookieReader } from "@/ground/readers";
import { isSignedValue, signValue } from "@/lib/auth/signed-values";

/**
 * The lab cookie: a lab id (128 random bits, base64url) and this server's MAC of it, so a browser
 * can only be in a lab this server opened for it — never choose one by guessing or copying an id
 * it saw elsewhere without the MAC. (Knowing a whole cookie gives its lab's room, not its
 * credentials: every login in it still needs its own password.)
 */

const PURPOSE = "visitor-lab";
const ID = /^[A-Za-z0-9_-]{22}$/;

export function labCookieValue(labId: string): string {
  return `${labId}.${signValue(PURPOSE, labId)}`;
}

/** The lab this cookie names, if it is one this server signed; null otherwise. */
export function readLabCookie(cookies: CookieReader): string | null {
  const value = cookies.get(cookieSettings.visitorLab.name)?.value;
  if (value === undefined) return null;
  const [id, mac, ...rest] = value.split(".");
  if (rest.length > 0 || id === undefined || mac === undefined || !ID.test(id)) return null;
  return isSignedValue(PURPOSE, id, mac) ? id : null;
}

/** Gives this browser its lab (a route handler or server action: next/headers' cookies). */
export async function setLabCookie(labId: string): Promise<void> {
  const { name, options } = cookieSettings.visitorLab;
  (await cookies()).set(name, labCookieValue(labId), options);
}

export async function clearLabCookie(): Promise<void> {
  const { name, options } = cookieSettings.visitorLab;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}
