/**
 * Refreshing across tabs. Every open tab of the JWT area renews its own tokens, and tabs
 * share the refresh token (one cookie jar, one localStorage): two tabs renewing at once send the
 * same token. The server's grace window forgives a double-submit within two seconds; a tab that
 * is later than that (asleep, slow network) presents a spent token — reuse — and the whole family
 * is revoked, logging every tab out. So tabs take turns: one refreshes under a Web Lock, the
 * others, once they get the lock, see the new tokens are already there and use them. Browser-only.
 */

const LOCK = "lab-jwt-refresh";
const CHANNEL = "lab-jwt-refresh";
// The `exp` of the newest access token any tab's renewal got: not a credential, only "a newer
// token than yours is already in the cookie jar".
const LATEST_EXP_KEY = "lab_jwt_latest_exp";

/** Runs `work` while holding the one refresh lock of this origin (every tab waits its turn). */
export async function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator === "undefined" || navigator.locks === undefined) return work();
  return navigator.locks.request(LOCK, work);
}

/**
 * Tells the other tabs a refresh happened (they take the new tokens instead of renewing), with
 * the new access token's `exp` when the tokens are cookies the tabs cannot read.
 */
export function announceRefresh(exp?: number): void {
  if (exp !== undefined) localStorage.setItem(LATEST_EXP_KEY, String(exp));
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ exp: exp ?? null });
  channel.close();
}

/** The `exp` of the newest access token a tab's renewal announced, or 0. */
export function latestAnnouncedExp(): number {
  return Number(localStorage.getItem(LATEST_EXP_KEY) ?? "0") || 0;
}

/** Calls `listener` whenever another tab announces a refresh; returns the unsubscribe. */
export function onOtherTabRefresh(listener: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
