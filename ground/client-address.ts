import type { HeaderReader } from "@/ground/readers";

/**
 * Who sent a request, as far as the server can tell: its address and what it calls itself.
 * Read by the login throttle, the session's device list and the per-client budgets of the labs.
 */

/**
 * The client's address. server.mjs overwrites X-Forwarded-For with the socket's address (or the
 * one its trusted proxies saw), so a client cannot choose it. Under `next dev` it is whatever the
 * client sent: fine for development, which is why production runs through server.mjs.
 */
export function clientAddress(headers: HeaderReader): string | null {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim().slice(0, 64) || null;
}

/** Client details stored with a session for the device list. */
export function requestMetadata(headers: HeaderReader): {
  userAgent: string | null;
  ip: string | null;
} {
  return { userAgent: headers.get("user-agent"), ip: clientAddress(headers) };
}
