/** Small formatting helpers for the inspector. */

// Claims that hold a moment as seconds since 1970 (a JWT's, a sealed cookie's): each is also
// said in words and clock time.
const TIME_CLAIMS = new Set(["iat", "exp", "nbf", "auth_time"]);

/** The moment a claim holds, in ms, when it is a time claim; null otherwise. */
export function claimMoment(claim: string, value: unknown): number | null {
  return TIME_CLAIMS.has(claim) && typeof value === "number" ? value * 1000 : null;
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function formatMicros(micros: number): string {
  return micros < 1000
    ? `${micros.toFixed(micros < 10 ? 1 : 0)} µs`
    : `${(micros / 1000).toFixed(1)} ms`;
}

/** A span of seconds: "29m 58s", "2h 5m", "3d 4h" (Korean: "29분 58초"…). */
function span(seconds: number, locale: string): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const [d, h, m, s] = locale === "ko" ? ["일", "시간", "분", "초"] : ["d", "h", "m", "s"];
  if (days > 0) return `${days}${d} ${hours}${h}`;
  if (hours > 0) return `${hours}${h} ${minutes}${m}`;
  return `${minutes}${m} ${seconds % 60}${s}`;
}

/** "in 29m 58s" / "expired 3s ago" (Korean: "29분 58초 후" / "3초 전 만료"). */
export function formatCountdown(target: number, now: number, locale = "en"): string {
  const seconds = Math.round((target - now) / 1000);
  const text = span(Math.abs(seconds), locale);
  if (locale === "ko") return seconds >= 0 ? `${text} 후` : `${text} 전 만료`;
  return seconds >= 0 ? `in ${text}` : `expired ${text} ago`;
}

/** The clock time of a moment, in the reader's time zone: "14:31". */
function clockTime(target: number, locale: string): string {
  return new Date(target).toLocaleTimeString(locale === "ko" ? "ko-KR" : "en-GB", {
    hour: "2-digit",
    minute: "2-digit",
  });
}

/**
 * A credential's expiry as one phrase, verb included, so no sentence says "expires expired…",
 * its clock time after: "expires in 29m 58s (14:31)" / "expired 26m 0s ago (13:35)" (Korean:
 * "29분 58초 후 만료 (14:31)" / "26분 0초 전 만료 (13:35)").
 */
export function formatExpiry(target: number, now: number, locale = "en"): string {
  const seconds = Math.round((target - now) / 1000);
  const text = span(Math.abs(seconds), locale);
  const clock = clockTime(target, locale);
  if (locale === "ko") return `${text} ${seconds >= 0 ? "후" : "전"} 만료 (${clock})`;
  return seconds >= 0 ? `expires in ${text} (${clock})` : `expired ${text} ago (${clock})`;
}

/**
 * A moment in words first, its clock time after — "in 4m 58s (14:31)", "3m 2s ago (14:20)"
 * (Korean: "4분 58초 후 (14:31)") — for a newcomer reading a token's `exp` or `iat`, which the
 * token itself holds as seconds since 1970.
 */
export function formatMoment(target: number, now: number, locale = "en"): string {
  const seconds = Math.round((target - now) / 1000);
  const text = span(Math.abs(seconds), locale);
  const relative =
    locale === "ko"
      ? `${text} ${seconds >= 0 ? "후" : "전"}`
      : seconds >= 0
        ? `in ${text}`
        : `${text} ago`;
  return `${relative} (${clockTime(target, locale)})`;
}

/** "2m 5s ago" (Korean: "2분 5초 전"); "just now" for a moment not yet come. */
export function formatAgo(moment: number, now: number, locale = "en"): string {
  const seconds = Math.round((now - moment) / 1000);
  if (seconds <= 0) return locale === "ko" ? "방금" : "just now";
  const text = span(seconds, locale);
  return locale === "ko" ? `${text} 전` : `${text} ago`;
}

/** How far ahead a moment is, without "in": "31m 0s" (the clock's offset). */
export function formatSpan(target: number, now: number, locale = "en"): string {
  return span(Math.max(0, Math.round((target - now) / 1000)), locale);
}
