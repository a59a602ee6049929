import crypto from "node:crypto";
import { cookieSettings } from "@/lib/config";

interface CookieReader {
  get(name: string): { value: string } | undefined;
}

const ID_FORMAT = /^[A-Za-z0-9_-]{22}$/;

/** This browser's inspector id from its cookie, or null when absent or not one of ours. */
export function readInspectorId(cookies: CookieReader): string | null {
  const value = cookies.get(cookieSettings.inspector.name)?.value;
  return value !== undefined && ID_FORMAT.test(value) ? value : null;
}

/** A fresh random inspector id (128 bits). */
export function newInspectorId(): string {
  return crypto.randomBytes(16).toString("base64url");
}
