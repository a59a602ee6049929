import crypto from "node:crypto";
import { CompactSign } from "jose";
import { config } from "@/config";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { ACCESS_TOKEN_TYPE, createAccessToken } from "@/lib/auth/jwt/tokens";
import { makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";

/**
 * Tokens for the verifier's tests: the app's own, and ones signed with the app's key over raw
 * text, so a test can write what jose would not (numbers like 1e400, any header).
 */

export const encoder = new TextEncoder();

/** The claims of a valid access token, as JSON text so a test can write numbers JSON allows. */
export function claimsJson(overrides: Record<string, string> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const fields: Record<string, string> = {
    iss: JSON.stringify(config.jwt.issuer),
    aud: JSON.stringify(config.jwt.audience),
    sub: '"7"',
    name: '"Alice"',
    role: '"user"',
    ver: "0",
    iat: String(now),
    exp: String(now + 60),
    jti: JSON.stringify(crypto.randomUUID()),
    ...overrides,
  };
  const body = Object.entries(fields)
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `${JSON.stringify(name)}:${value}`);
  return `{${body.join(",")}}`;
}

/** Signs raw payload text with the server's own current key (a test of the claim checks alone). */
export async function signRaw(
  payload: string,
  header: Record<string, unknown> = {},
): Promise<string> {
  const { current } = await getSigningKeys();
  return new CompactSign(encoder.encode(payload))
    .setProtectedHeader({ alg: current.alg, typ: ACCESS_TOKEN_TYPE, kid: current.kid, ...header })
    .sign(current.privateKey);
}

export function base64(text: string): string {
  return Buffer.from(text).toString("base64url");
}

export async function ownToken(): Promise<string> {
  return (await createAccessToken(toPublicUser(await makeUser()))).token;
}
