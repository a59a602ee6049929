import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { isSignedValue, signValue } from "@/lib/auth/signed-values";
import { cookieSettings } from "@/config";

/**
 * The XSS lab's toy credentials: an HttpOnly cookie (a signed random id, no state) that only the
 * lab's toy API accepts, a toy token the page keeps in localStorage, and a toy backend-for-frontend
 * that keeps its token on the server (below). None opens anything else in the app.
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

/**
 * The toy backend-for-frontend: its login gives the page only an HttpOnly, SameSite=Strict cookie
 * (a signed random id); the toy token it stands for is the server's own — derived from the id
 * with the server's key, never sent to the page — and its API answers with that token's data.
 * Nothing is stored, so no visitor's toy login can crowd out another's, and every instance knows
 * it; its logout clears the cookie, after which the page's requests (an injected script's too)
 * carry none. (The real BFF, /jwt/bff, deletes a row at logout: lib/auth/bff.)
 */
const BFF_PURPOSE = "xss-toy-bff";
// A toy login lasts an hour, judged from the time signed into its cookie (the cookie's own Max-Age
// is only the browser's side): a copy kept past it opens nothing.
const TOY_BFF_TTL_MS = 60 * 60 * 1000;

export async function openToyBffSession(now = Date.now()): Promise<void> {
  const id = crypto.randomBytes(12).toString("base64url");
  const signed = `${id}.${now.toString(36)}`;
  const { name, options } = cookieSettings.xssLabBff;
  (await cookies()).set(name, `${signed}.${signValue(BFF_PURPOSE, signed)}`, options);
}

/**
 * The toy token the BFF holds for this request's cookie, or null when there is no genuine one
 * younger than an hour — in its one spelling: an id, a time and a MAC, nothing more.
 */
export async function toyBffToken(now = Date.now()): Promise<string | null> {
  const value = (await cookies()).get(cookieSettings.xssLabBff.name)?.value ?? "";
  const match = /^([A-Za-z0-9_-]{16})\.([0-9a-z]{1,11})\.([A-Za-z0-9_-]+)$/.exec(value);
  if (match === null) return null;
  const [, id = "", time = "", mac = ""] = match;
  const issuedAt = parseInt(time, 36);
  if (!(issuedAt <= now && now - issuedAt < TOY_BFF_TTL_MS)) return null;
  if (!isSignedValue(BFF_PURPOSE, `${id}.${time}`, mac)) return null;
  return `toy-bearer-${signValue(`${BFF_PURPOSE}-token`, id).slice(0, 16)}`;
}

/** The toy BFF's logout: the cookie is cleared. */
export async function closeToyBffSession(): Promise<void> {
  const { name, options } = cookieSettings.xssLabBff;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}
