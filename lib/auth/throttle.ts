import "server-only";
import { processMemo } from "@/lib/auth/memo";
import { config } from "@/lib/config";

/**
 * Brute-force throttling of logins, per account and per client address, in memory (one process).
 * - Per account: 5 free failures, then each further attempt waits 1 s, 2 s, 4 s… up to 15 min.
 *   Unknown usernames are throttled exactly like real ones, so a 429 reveals nothing. The counter
 *   resets on success and is forgotten an hour after the last failure: nobody is locked out for
 *   good.
 * - Per client address: at most 30 failures (LOGIN_CLIENT_MAX_FAILURES) per 15 minutes, whichever
 *   usernames are tried. The address comes from the server (server.mjs), never from a header the
 *   client controls.
 * A throttled attempt is refused before the password is checked, so it costs no argon2 time.
 */

const settings = config.loginThrottle;
const ACCOUNT = {
  freeFailures: settings.accountFreeFailures,
  maxDelaySeconds: settings.accountMaxDelaySeconds,
  forgetAfterMs: settings.accountForgetAfterSeconds * 1000,
};
const CLIENT = {
  maxFailures: settings.clientMaxFailures,
  windowMs: settings.clientWindowSeconds * 1000,
};

interface AccountCounter {
  failures: number;
  blockedUntil: number;
}
interface ClientWindow {
  failures: number;
  windowEnds: number;
}

const accounts = processMemo<AccountCounter>("login-throttle-accounts", 100_000);
const clients = processMemo<ClientWindow>("login-throttle-clients", 100_000);

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Asks whether a login attempt may be checked now and, if so, counts it as a failure at once —
 * before the slow password check — so that parallel attempts cannot all slip through the same
 * gap. settleLoginAttempt takes the count back when the password was right.
 */
export function beginLoginAttempt(
  username: string,
  client: string | null,
  now = Date.now(),
): ThrottleDecision {
  const waits: number[] = [];
  const account = accounts.get(username, now);
  if (account && account.blockedUntil > now) waits.push(account.blockedUntil - now);
  const window = client === null ? undefined : clients.get(client, now);
  if (window && window.failures >= CLIENT.maxFailures) waits.push(window.windowEnds - now);
  if (waits.length > 0) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...waits) / 1000)) };
  }

  const failures = (account?.failures ?? 0) + 1;
  const excess = failures - ACCOUNT.freeFailures;
  const delaySeconds = excess > 0 ? Math.min(2 ** (excess - 1), ACCOUNT.maxDelaySeconds) : 0;
  accounts.set(
    username,
    { failures, blockedUntil: now + delaySeconds * 1000 },
    now + ACCOUNT.forgetAfterMs,
  );
  if (client !== null) {
    const current = window ?? { failures: 0, windowEnds: now + CLIENT.windowMs };
    clients.set(
      client,
      { failures: current.failures + 1, windowEnds: current.windowEnds },
      current.windowEnds,
    );
  }
  return { allowed: true };
}

/** After the password check: a success clears the account and takes back the client's count. */
export function settleLoginAttempt(
  username: string,
  client: string | null,
  succeeded: boolean,
  now = Date.now(),
): void {
  if (!succeeded) return;
  accounts.delete(username);
  const window = client === null ? undefined : clients.get(client, now);
  if (client !== null && window) {
    clients.set(
      client,
      { failures: Math.max(0, window.failures - 1), windowEnds: window.windowEnds },
      window.windowEnds,
    );
  }
}
