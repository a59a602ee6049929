import crypto from "node:crypto";
import { macKey } from "@/lib/auth/jwt/key-material";
import type { CookieReader } from "@/lib/server/readers";
import { cookieSettings } from "@/lib/config";

/**
 * This browser's inspector id: 128 random bits and a MAC over them, so the server recognises the
 * ids it issued and ignores any other. Whoever could plant a chosen id in a victim's browser
 * would otherwise read the victim's traces; a planted id of ours is rotated away at login
 * (lib/inspect/rotate-id.ts).
 */

const FORMAT = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

function macOf(random: string): Buffer {
  return crypto
    .createHmac("sha256", macKey("inspector-id"))
    .update(random)
    .digest()
    .subarray(0, 16);
}

/** This browser's inspector id from its cookie, or null when absent or not one we issued. */
export function readInspectorId(cookies: CookieReader): string | null {
  const value = cookies.get(cookieSettings.inspector.name)?.value;
  const match = value === undefined ? null : FORMAT.exec(value);
  if (match === null) return null;
  const presented = Buffer.from(match[2]!, "base64url");
  return presented.length === 16 && crypto.timingSafeEqual(presented, macOf(match[1]!))
    ? value!
    : null;
}

/** A fresh inspector id: 128 random bits, signed. */
export function newInspectorId(): string {
  const random = crypto.randomBytes(16).toString("base64url");
  return `${random}.${macOf(random).toString("base64url")}`;
}
