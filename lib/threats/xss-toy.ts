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
 * The toy backend-for-frontend: its login keeps the toy token on the server (in this process's
 * memory: a toy, bounded, an hour at most) and gives the page only an HttpOnly, SameSite=Strict
 * cookie naming it. Its API answers with the kept token's data; its logout forgets the token.
 */
const BFF_PURPOSE = "xss-toy-bff";
const BFF_TTL_MS = 60 * 60 * 1000;
const MAX_KEPT = 1000;
const keptTokens = new Map<string, { token: string; until: number }>();

export async function openToyBffSession(now = Date.now()): Promise<void> {
  const id = crypto.randomBytes(12).toString("base64url");
  if (keptTokens.size >= MAX_KEPT) keptTokens.delete(keptTokens.keys().next().value!);
  keptTokens.set(id, {
    token: `toy-bearer-${crypto.randomBytes(12).toString("base64url")}`,
    until: now + BFF_TTL_MS,
  });
  const { name, options } = cookieSettings.xssLabBff;
  (await cookies()).set(name, `${id}.${signValue(BFF_PURPOSE, id)}`, options);
}

/** The token the toy BFF keeps for this request's cookie, or null (no cookie, or logged out). */
export async function toyBffToken(now = Date.now()): Promise<string | null> {
  const id = await toyBffId();
  const kept = id === null ? undefined : keptTokens.get(id);
  return kept !== undefined && kept.until > now ? kept.token : null;
}

/** The toy BFF's logout: the kept token is forgotten, the cookie cleared. */
export async function closeToyBffSession(): Promise<void> {
  const id = await toyBffId();
  if (id !== null) keptTokens.delete(id);
  const { name, options } = cookieSettings.xssLabBff;
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}

async function toyBffId(): Promise<string | null> {
  const value = (await cookies()).get(cookieSettings.xssLabBff.name)?.value ?? "";
  const [id = "", mac = ""] = value.split(".");
  return /^[A-Za-z0-9_-]{16}$/.test(id) && isSignedValue(BFF_PURPOSE, id, mac) ? id : null;
}
