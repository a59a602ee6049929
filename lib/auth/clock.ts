import { config, cookieSettings } from "@/config";
import type { CookieReader } from "@/ground/readers";

/**
 * The demo's fast-forward clock (C10, C20): a per-browser offset, in a cookie, added to the
 * instant at which credentials are *judged*. Stored timestamps (last seen, expiries) always use
 * the real clock, and the offset can only grow: it can make a credential expire sooner, never
 * revive or extend one. Off when LAB_FAST_FORWARD=off.
 */

export const MAX_OFFSET_SECONDS = 400 * 24 * 60 * 60;

/** This browser's offset in seconds (0 when absent, malformed or switched off). */
export function clockOffsetSeconds(cookies: CookieReader): number {
  if (!config.fastForward) return 0;
  const raw = cookies.get(cookieSettings.clock.name)?.value ?? "";
  if (!/^[0-9]{1,9}$/.test(raw)) return 0;
  return Math.min(Number(raw), MAX_OFFSET_SECONDS);
}

/** The instant at which this browser's credentials are judged. */
export function judgingTime(cookies: CookieReader, now = Date.now()): number {
  return now + clockOffsetSeconds(cookies) * 1000;
}
