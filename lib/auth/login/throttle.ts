import "server-only";
import { config } from "@/config";
import { currentLab, SHARED_LAB } from "@/ground/context";
import { clientBucketOf } from "@/lib/throttle/address";
import type { ThrottleHit, ThrottleRule } from "@/lib/throttle/rules";
import { getThrottleStore } from "@/lib/throttle";

/**
 * Brute-force throttling of logins (OWASP's device-cookie scheme), counted in the configured
 * store (lib/throttle), so a restart does not reset it and instances sharing the store count
 * together. A throttle must slow an attacker without handing them a lock on someone else:
 * - A browser that has logged in to this account before carries a device cookie for it
 *   (lib/auth/login/device-cookie.ts) and gets a budget of its own: 5 free failures, then 1 s, 2 s,
 *   4 s… (at most 15 min). Nothing else is counted against it: whatever strangers do to the
 *   account or from the owner's address, the owner's device logs in.
 * - Every other client shares the account's "untrusted" budget, with the same rule. Unknown
 *   usernames are throttled exactly like real ones, so a 429 reveals nothing.
 * - Every other client is also counted against its address's budget across accounts (password
 *   spraying: one password tried on many accounts): LOGIN_CLIENT_MAX failures per
 *   LOGIN_CLIENT_WINDOW, then 429 until the window ends. Strangers behind one address (a NAT, an
 *   office) share it, so it slows and never locks: it counts failures only (a success gives its
 *   attempt back), its wait is at most one window, and known devices never meet it.
 * A success resets the per-account budget it was counted against; a counter is forgotten an hour
 * after its last attempt. A throttled attempt is refused before the password is checked (no
 * argon2 time), and every refusal reads the same, whichever budget ran out.
 */

const settings = config.loginThrottle;
const LOGIN_RULE: ThrottleRule = {
  kind: "backoff",
  free: settings.freeFailures,
  maxDelayMs: settings.maxDelaySeconds * 1000,
  forgetMs: settings.forgetAfterSeconds * 1000,
};
const CLIENT_RULE: ThrottleRule = {
  kind: "window",
  max: settings.clientMaxFailures,
  windowMs: settings.clientWindowSeconds * 1000,
};

/** Who is attempting, as far as the throttle cares. */
export interface LoginClient {
  /** Usernames this browser has logged in as before, each with its device id. */
  devices: ReadonlyMap<string, string>;
  /** The client's address as the server pins it (server.mjs); null when there is none. */
  address?: string | null;
  /** Makes this browser a known device of `username` (after a success; absent outside a request). */
  remember?: (username: string) => Promise<void>;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

function decisionOf(waitMs: number): ThrottleDecision {
  return waitMs > 0
    ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
    : { allowed: true };
}

/**
 * The store reads the clock once it holds its lock (another instance's transaction may keep it
 * waiting); a test fixes the time instead.
 */
function clockOf(now: number | undefined): () => number {
  return now === undefined ? Date.now : () => now;
}

/** The budgets a login attempt is counted against: the first is reset by a success. */
function budgetsOf(username: string, client: LoginClient | null): ThrottleHit[] {
  const device = client?.devices.get(username);
  if (device !== undefined) return [{ key: `login:device:${device}`, rule: LOGIN_RULE }];
  // An account is a name within its lab (lib/auth/visitor-lab): every lab has its own alice.
  const lab = currentLab();
  const name = lab === SHARED_LAB ? username : `${lab}/${username}`;
  const account: ThrottleHit = { key: `login:account:${name}`, rule: LOGIN_RULE };
  const address = client?.address ?? null;
  if (address === null) return [account];
  return [account, { key: `login:client:${clientBucketOf(address)}`, rule: CLIENT_RULE }];
}

/**
 * Asks whether a login attempt may be checked now and, if so, counts it at once — before the
 * slow password check — so that parallel attempts cannot all slip through the same gap.
 * settleLoginAttempt takes it back when the password was right.
 */
export async function beginLoginAttempt(
  username: string,
  client: LoginClient | null,
  now?: number,
): Promise<ThrottleDecision> {
  return decisionOf(await getThrottleStore().attempt(budgetsOf(username, client), clockOf(now)));
}

/**
 * After the password check: a success resets the per-account (or device) budget and gives its
 * attempt back to the address's budget, which counts failures only.
 */
export async function settleLoginAttempt(
  username: string,
  client: LoginClient | null,
  succeeded: boolean,
  now?: number,
): Promise<void> {
  if (!succeeded) return;
  const [own, ...shared] = budgetsOf(username, client).map((hit) => hit.key);
  const store = getThrottleStore();
  await store.reset([own!]);
  await store.refund(shared, clockOf(now));
}

const SIGNUP_RULES: ThrottleHit["rule"][] = [
  {
    kind: "window",
    max: config.signupThrottle.perClient,
    windowMs: config.signupThrottle.windowSeconds * 1000,
  },
  {
    kind: "window",
    max: config.signupThrottle.overall,
    windowMs: config.signupThrottle.windowSeconds * 1000,
  },
];

/**
 * Sign-up costs a password hash and answers whether a name is taken, so it is throttled too: at
 * most SIGNUP_CLIENT_MAX attempts per client address (an IPv6 /64 counting as one) and
 * SIGNUP_MAX overall per hour, taken or not. (An account's budget would not help: every attempt
 * names a new account.)
 */
export async function beginSignupAttempt(
  client: string | null,
  now?: number,
): Promise<ThrottleDecision> {
  const hits: ThrottleHit[] = [{ key: "signup:all", rule: SIGNUP_RULES[1]! }];
  if (client !== null)
    hits.push({ key: `signup:client:${clientBucketOf(client)}`, rule: SIGNUP_RULES[0]! });
  return decisionOf(await getThrottleStore().attempt(hits, clockOf(now)));
}
