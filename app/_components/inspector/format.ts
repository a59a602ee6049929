/** Small formatting helpers for the inspector. */

export function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

export function formatMicros(micros: number): string {
  return micros < 1000
    ? `${micros.toFixed(micros < 10 ? 1 : 0)} µs`
    : `${(micros / 1000).toFixed(1)} ms`;
}

/** "in 29m 58s" / "expired 3s ago". */
export function formatCountdown(target: number, now: number): string {
  const seconds = Math.round((target - now) / 1000);
  const span = Math.abs(seconds);
  const days = Math.floor(span / 86400);
  const hours = Math.floor((span % 86400) / 3600);
  const minutes = Math.floor((span % 3600) / 60);
  const text =
    days > 0
      ? `${days}d ${hours}h`
      : hours > 0
        ? `${hours}h ${minutes}m`
        : `${minutes}m ${span % 60}s`;
  return seconds >= 0 ? `in ${text}` : `expired ${text} ago`;
}

/** "2m 5s ago". */
export function formatAgo(moment: number, now: number): string {
  return formatCountdown(moment, now)
    .replace(/^expired /, "")
    .replace(/^in .*/, "just now");
}

export const STEP_LABELS: Record<string, string> = {
  unseal_cookie: "unseal cookie",
  store_lookup: "store lookup",
  verify_signature: "verify signature",
  revocation_check: "check deny-list",
};
