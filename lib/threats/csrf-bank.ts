import "server-only";
import crypto from "node:crypto";
import { config } from "@/config";
import { hashToken, newOpaqueToken } from "@/ground/tokens";
import { clientBucketOf } from "@/lib/throttle/address";

/**
 * The CSRF lab's toy bank (C31). A real credential is never put at risk to show an attack: the lab
 * opens a throw-away account holding toy coins, reachable by three cookies that differ only in
 * SameSite, and by a Bearer token the lab page keeps in script. Which of them a cross-site form
 * carries is decided by the browser, for real; this module only keeps score.
 *
 * In memory on purpose: nothing here is worth a table, and a restart simply closes every account.
 * Tokens are stored hashed, like every credential in the app.
 */

export type LabCredential = "none" | "lax" | "strict" | "bearer";
export type LabDefence = "none" | "origin";
export type AttemptOutcome =
  "transferred" | "no_credential" | "cross_site_request" | "insufficient_funds";

export interface Transfer {
  at: number;
  amount: number;
  to: string;
  credential: LabCredential;
}

export interface Account {
  id: string;
  balance: number;
  createdAt: number;
  transfers: Transfer[];
}

/** What the server saw of one transfer request: the evidence the lab page shows. */
export interface Attempt {
  id: string;
  at: number;
  credential: LabCredential;
  defence: LabDefence;
  amount: number;
  to: string;
  /** Which of the lab's credentials arrived with the request. */
  arrived: Record<LabCredential, boolean>;
  origin: string | null;
  secFetchSite: string | null;
  outcome: AttemptOutcome;
  balanceAfter: number | null;
}

export const OPENING_BALANCE = 100;
const MAX_ATTEMPTS = 10_000;
const MAX_TRANSFERS_SHOWN = 20;

/**
 * An account as kept: with the hashes of its two tokens, so closing it is two deletions, and the
 * client that opened it (its address bucket), whose room it takes.
 */
interface StoredAccount extends Account {
  tokenHashes: string[];
  client: string;
}

// Every visitor shares this one server: a client address keeps at most this many accounts, and
// opening more closes only its own oldest — never another visitor's lab (one visitor's lesson is
// theirs). A whole class behind one school address shares the bucket, hence the room.
const MAX_ACCOUNTS_PER_CLIENT = 100;

interface Bank {
  accounts: Map<string, StoredAccount>;
  /** sha256(token) → account id, for cookie and bearer tokens alike. */
  tokens: Map<string, string>;
  attempts: Map<string, Attempt>;
}

const globalBank = globalThis as typeof globalThis & { __labCsrfBank?: Bank };
const bank: Bank = (globalBank.__labCsrfBank ??= {
  accounts: new Map(),
  tokens: new Map(),
  attempts: new Map(),
});

const hash = hashToken;
const newToken = newOpaqueToken;

function expired(account: Account, now: number): boolean {
  return now - account.createdAt > config.threats.csrfAccountTtlSeconds * 1000;
}

function closeAccount(account: StoredAccount): void {
  bank.accounts.delete(account.id);
  for (const tokenHash of account.tokenHashes) bank.tokens.delete(tokenHash);
}

/**
 * Drops expired accounts and, past the cap (less `room` for new ones), the oldest ones: Maps
 * iterate in insertion order, so the oldest come first.
 */
function prune(now: number, room = 0): void {
  for (const account of bank.accounts.values()) {
    if (expired(account, now) || bank.accounts.size + room > config.threats.csrfMaxAccounts) {
      closeAccount(account);
    } else break;
  }
  for (const id of bank.attempts.keys()) {
    if (bank.attempts.size <= MAX_ATTEMPTS) break;
    bank.attempts.delete(id);
  }
}

/** Closes `client`'s oldest accounts until one more fits in its room. */
function makeRoomFor(client: string): void {
  const own = [...bank.accounts.values()].filter((account) => account.client === client);
  for (const account of own.slice(0, Math.max(0, own.length - MAX_ACCOUNTS_PER_CLIENT + 1))) {
    closeAccount(account);
  }
}

/**
 * Opens an account for the client at `address`; the caller hands the cookie token to the cookies,
 * the bearer to the page.
 */
export function openAccount(
  now = Date.now(),
  address: string | null = null,
): {
  account: Account;
  cookieToken: string;
  bearerToken: string;
} {
  const client = address === null ? "unknown" : clientBucketOf(address);
  makeRoomFor(client);
  prune(now, 1);
  const cookieToken = newToken();
  const bearerToken = newToken();
  const account: StoredAccount = {
    id: crypto.randomUUID(),
    balance: OPENING_BALANCE,
    createdAt: now,
    transfers: [],
    tokenHashes: [hash(cookieToken), hash(bearerToken)],
    client,
  };
  bank.accounts.set(account.id, account);
  for (const tokenHash of account.tokenHashes) bank.tokens.set(tokenHash, account.id);
  return { account, cookieToken, bearerToken };
}

/** The account a token opens, or null (unknown, closed or expired). */
export function accountFor(token: string | null, now = Date.now()): StoredAccount | null {
  if (token === null) return null;
  const id = bank.tokens.get(hash(token));
  const account = id === undefined ? undefined : bank.accounts.get(id);
  if (account === undefined) return null;
  if (expired(account, now)) {
    closeAccount(account);
    return null;
  }
  return account;
}

export function closeAccountFor(token: string | null): boolean {
  const account = accountFor(token);
  if (account !== null) closeAccount(account);
  return account !== null;
}

export interface TransferRequest {
  credential: LabCredential;
  defence: LabDefence;
  amount: number;
  to: string;
  /** The token of the chosen credential, if the request carried it. */
  token: string | null;
  arrived: Record<LabCredential, boolean>;
  origin: string | null;
  secFetchSite: string | null;
  /** The server's verdict on Origin / Sec-Fetch-Site, when the defence is on. */
  crossSite: boolean;
}

/** Moves coins if the request earns it, and records what the server saw either way. */
export function attemptTransfer(request: TransferRequest, now = Date.now()): Attempt {
  prune(now);
  const account = accountFor(request.token, now);
  let outcome: AttemptOutcome;
  if (request.defence === "origin" && request.crossSite) outcome = "cross_site_request";
  else if (account === null) outcome = "no_credential";
  else if (account.balance < request.amount) outcome = "insufficient_funds";
  else outcome = "transferred";
  if (outcome === "transferred" && account !== null) {
    account.balance -= request.amount;
    const { amount, to, credential } = request;
    account.transfers = [{ at: now, amount, to, credential }, ...account.transfers].slice(
      0,
      MAX_TRANSFERS_SHOWN,
    );
  }
  const attempt: Attempt = {
    id: crypto.randomUUID(),
    at: now,
    credential: request.credential,
    defence: request.defence,
    amount: request.amount,
    to: request.to,
    arrived: request.arrived,
    origin: request.origin,
    secFetchSite: request.secFetchSite,
    outcome,
    balanceAfter: account?.balance ?? null,
  };
  bank.attempts.set(attempt.id, attempt);
  return attempt;
}

/** A recorded attempt. Its id is a random UUID; the record holds no credential. */
export function findAttempt(id: string): Attempt | null {
  return bank.attempts.get(id) ?? null;
}
