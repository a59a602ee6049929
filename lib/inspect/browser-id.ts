import crypto from "node:crypto";
import { isSignedValue, signValue } from "@/lib/auth/signed-values";
import type { CookieReader } from "@/ground/readers";
import { cookieSettings } from "@/config";

/**
 * This browser's inspector id: 128 random bits and a MAC over them, so the server recognises the
 * ids it issued and ignores any other. Whoever could plant a chosen id in a victim's browser
 * would otherwise read the victim's traces; a planted id of ours is rotated away at login
 * (lib/inspect/rotate-id.ts).
 */

const FORMAT = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

const PURPOSE = "inspector-id";

/** This browser's inspector id from its cookie, or null when absent or not one we issued. */
export function readInspectorId(cookies: CookieReader): string | null {
  const value = cookies.get(cookieSettings.inspector.name)?.value;
  const match = value === undefined ? null : FORMAT.exec(value);
  if (match === null) return null;
  return isSignedValue(PURPOSE, match[1]!, match[2]!) ? value! : null;
}

/** A fresh inspector id: 128 random bits, signed. */
export function newInspectorId(): string {
  const random = crypto.randomBytes(16).toString("base64url");
  return `${random}.${signValue(PURPOSE, random)}`;
}
