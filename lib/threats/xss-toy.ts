import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { isSignedValue, signValue } from "@/lib/auth/signed-values";
import { cookieSettings } from "@/config";

/**
 * The XSS lab's toy credentials: an HttpOnly cookie (a signed random id, no state) that only the
 * lab's toy API accepts, and a toy token the page keeps in localStorage. Neither opens anything
 * else in the app.
 */

const PURPOSE = "xss-toy";

export async function openToySession(): Promise<{ token: string }> {
  const id = crypto.randomBytes(12).toString("base64url");
  const { name, options } = cookieSettings.xssLab;
  (await cookies()).set(name, `${id}.${signValue(PURPOSE, id)}`, options);
  return { token: `toy-bearer-${crypto.randomBytes(12).toString("base64url")}` };
}

/** The toy session's id when this request carries a genuine toy cookie. */
export async function toySessionId(): Promise<string | null> {
  const value = (await cookies()).get(cookieSettings.xssLab.name)?.value ?? "";
  const [id = "", mac = ""] = value.split(".");
  return /^[A-Za-z0-9_-]{16}$/.test(id) && isSignedValue(PURPOSE, id, mac) ? id : null;
}
