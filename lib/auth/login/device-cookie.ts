import "server-only";
import crypto from "node:crypto";
import { cookies, headers } from "next/headers";
import { clientAddress } from "@/ground/client-address";
import { currentLab, SHARED_LAB } from "@/ground/context";
import type { CookieReader } from "@/ground/readers";
import { isSignedValue, signValue } from "@/lib/auth/signed-values";
import { cookieSettings } from "@/config";
import type { LoginClient } from "@/lib/auth/login/throttle";

/**
 * Device cookies (OWASP "Slow down online guessing attacks with device cookies"): after a
 * successful login the browser gets, for that username, a random device id signed by the server.
 * Presenting one for the account being logged in to earns the attempt a budget of its own
 * (lib/auth/login/throttle.ts). It is not a credential: it proves only that this browser once knew the
 * password, and grants nothing but a separate count of failures. Up to 5 accounts per browser.
 */

const MAX_ENTRIES = 5;
const ENTRY = /^([A-Za-z0-9_-]{1,128})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;
// Hosted, an account is a name within a lab (lib/auth/visitor-lab): an entry names both, or a
// device known to one lab's alice would open the throttle of every lab's alice.
const IN_A_LAB = /^[A-Za-z0-9_-]{22}\//;

function accountOf(username: string): string {
  const lab = currentLab();
  return lab === SHARED_LAB ? username : `${lab}/${username}`;
}

/** The entry's username if it names an account of the current lab, else null. */
function usernameHere(account: string): string | null {
  const lab = currentLab();
  if (lab === SHARED_LAB) return IN_A_LAB.test(account) ? null : account;
  return account.startsWith(`${lab}/`) ? account.slice(lab.length + 1) : null;
}

const PURPOSE = "device-cookie";

function entriesOf(value: string | undefined): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  for (const part of (value ?? "").split("~").slice(0, MAX_ENTRIES)) {
    const match = ENTRY.exec(part);
    if (match === null) continue;
    const [, user, nonce, mac] = match as unknown as [string, string, string, string];
    if (!isSignedValue(PURPOSE, `${user}.${nonce}`, mac)) continue;
    entries.push([Buffer.from(user, "base64url").toString("utf8"), nonce]);
  }
  return entries;
}

/**
 * The usernames this browser logged in as before in the current lab, each with its device id
 * (valid MACs only).
 */
export function readDevices(jar: CookieReader): Map<string, string> {
  const here = new Map<string, string>();
  for (const [account, id] of entriesOf(jar.get(cookieSettings.device.name)?.value)) {
    const username = usernameHere(account);
    if (username !== null) here.set(username, id);
  }
  return here;
}

/** After a successful login: a fresh device id for `username`, kept with up to 4 others. */
export async function rememberDevice(username: string): Promise<void> {
  const jar = await cookies();
  const account = accountOf(username);
  const others = entriesOf(jar.get(cookieSettings.device.name)?.value).filter(
    ([name]) => name !== account,
  );
  const nonce = crypto.randomBytes(16).toString("base64url");
  const encoded = (name: string, id: string) => {
    const user = Buffer.from(name, "utf8").toString("base64url");
    return `${user}.${id}.${signValue(PURPOSE, `${user}.${id}`)}`;
  };
  const value = [[account, nonce] as const, ...others]
    .slice(0, MAX_ENTRIES)
    .map(([name, id]) => encoded(name, id))
    .join("~");
  const { name, options } = cookieSettings.device;
  jar.set(name, value, options);
}

/** The client of the current request, as the login throttle sees it: its known accounts, its address. */
export async function currentLoginClient(): Promise<LoginClient> {
  return {
    devices: readDevices(await cookies()),
    address: clientAddress(await headers()),
    remember: rememberDevice,
  };
}
