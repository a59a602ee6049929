import "server-only";
import crypto from "node:crypto";
import { macKey } from "@/lib/auth/jwt/key-material";
import { isCanonicalBase64url } from "@/ground/compact-token";

/**
 * Short MACs for the values this server hands a browser and must recognise later (the inspector
 * id, device cookies, the throw-away account): 128 bits of HMAC-SHA-256 under a key derived for
 * each purpose, so a value signed for one use is worthless for another.
 */

function macBytes(purpose: string, value: string): Buffer {
  return crypto.createHmac("sha256", macKey(purpose)).update(value).digest().subarray(0, 16);
}

/** The MAC of `value` for `purpose`, base64url (22 characters). */
export function signValue(purpose: string, value: string): string {
  return macBytes(purpose, value).toString("base64url");
}

/**
 * Whether `mac` is this server's MAC of `value` for `purpose` (compared in constant time), in its
 * one spelling: the decoder forgives padding, `+`/`/`, whitespace and the last character's unused
 * bits, so without the check one cookie would have many accepted strings.
 */
export function isSignedValue(purpose: string, value: string, mac: string): boolean {
  if (!isCanonicalBase64url(mac)) return false;
  const presented = Buffer.from(mac, "base64url");
  return presented.length === 16 && crypto.timingSafeEqual(presented, macBytes(purpose, value));
}
