import "server-only";
import crypto from "node:crypto";
import { UAParser } from "ua-parser-js";
import type { Session } from "@/db/schema";
import { getSecrets } from "@/config/secrets";
import { getSessionStore } from "@/lib/session-store";
import { isExpired } from "@/lib/session-store/store";

/**
 * The device list (C12): every active session of a user, the way Instagram shows "where you're
 * logged in". Sessions are named outside by a public handle — an HMAC of the record id, so
 * neither the token nor its hash ever leaves the server, and a handle is useless elsewhere.
 */

export interface DeviceView {
  id: string;
  device: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  expiresAt: Date;
  current: boolean;
}

/** The public handle of a session record. */
export function sessionHandle(sessionId: string): string {
  return crypto
    .createHmac("sha256", getSecrets().sessionPassword)
    .update(`session-handle:${sessionId}`)
    .digest("base64url")
    .slice(0, 22);
}

/** "Chrome 156 on Linux", from a user agent, by a maintained parser. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown device";
  const { browser, os, device } = new UAParser(userAgent).getResult();
  const name = [browser.name, browser.major].filter(Boolean).join(" ") || "Unknown browser";
  const system = [os.name, os.version].filter(Boolean).join(" ");
  const kind = device.type ? ` (${device.type})` : "";
  return `${name}${system ? ` on ${system}` : ""}${kind}`;
}

/** The user's active sessions (expired ones are left out), this one marked. */
export async function listDevices(
  userId: number,
  currentSessionId: string,
  now = Date.now(),
): Promise<DeviceView[]> {
  return (await getSessionStore().listForUser(userId))
    .filter((s) => !isExpired(s, now))
    .map((session: Session) => ({
      id: sessionHandle(session.id),
      device: describeDevice(session.userAgent),
      userAgent: session.userAgent,
      ip: session.ip,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      idleExpiresAt: session.idleExpiresAt,
      expiresAt: session.expiresAt,
      current: session.id === currentSessionId,
    }));
}

/**
 * The record id behind one of the user's own handles, or null. Ending it is a sensitive action
 * (lib/accounts/self-service.ts, which demands a fresh authentication), never done from here.
 */
export async function findSessionByHandle(userId: number, handle: string): Promise<string | null> {
  const sessions = await getSessionStore().listForUser(userId);
  return sessions.find((s) => sessionHandle(s.id) === handle)?.id ?? null;
}
