import "server-only";
import type { User } from "@/db/schema";
import { isEnabledAdmin } from "@/db/queries/users";
import {
  authenticateUser,
  confirmPassword,
  type AuthenticationResult,
} from "@/lib/auth/login/authenticate";
import type { Freshness } from "@/lib/auth/step-up/step-up";
import type { LoginClient } from "@/lib/auth/login/throttle";
import { currentRequest, type RequestContext } from "@/ground/context";
import { processSingleton } from "@/ground/singleton";
import { toPublicUser, type PublicUser } from "@/lib/users/public-user";
import type { LoginInput } from "@/lib/validation/accounts";

type Refusal = Extract<AuthenticationResult, { ok: false }>;

/**
 * What every sensitive operation demands as its first argument: proof that this user typed their
 * password recently (lib/auth/step-up/step-up.ts judges how recently). Only this module mints one — from
 * a fresh login, or from a password typed in this very request — and the operations check it
 * (assertFreshAuthentication), so no route, action or API can reach a sensitive effect without
 * passing through here. A proof serves only the request that minted it: it cannot be kept for
 * later, and a slow request body does not make it lapse halfway (freshness is judged as the
 * request arrives, like the login itself; the admin's rights are read again at the write).
 */
export interface FreshAuthentication {
  readonly userId: number;
}

// Each proof this module minted, and the request it belongs to (null outside any request: tests,
// scripts). A look-alike object built elsewhere is not in it.
const minted = () =>
  processSingleton(
    "step-up-proofs",
    () => new WeakMap<FreshAuthentication, RequestContext | null>(),
  );

function mint(userId: number): FreshAuthentication {
  const proof = Object.freeze({ userId });
  minted().set(proof, currentRequest() ?? null);
  return proof;
}

/** A proof from a credential's freshness (lib/auth/step-up/step-up.ts), or null when it is not fresh. */
export function proveFreshness(userId: number, freshness: Freshness): FreshAuthentication | null {
  return freshness.fresh && freshness.authTime !== null ? mint(userId) : null;
}

/** The password typed again in this request, checked (and throttled) like a login. */
export async function proveByPassword(
  user: PublicUser,
  password: string,
  client: LoginClient | null,
): Promise<{ ok: true; user: User; proof: FreshAuthentication } | Refusal> {
  const confirmed = await confirmPassword(user, password, client);
  if (!confirmed.ok) return confirmed;
  return { ok: true, user: confirmed.user, proof: mint(user.id) };
}

/** A login made in this request (username and password), as a proof of who typed them. */
export async function proveByLogin(
  input: LoginInput,
  client: LoginClient | null,
): Promise<{ ok: true; user: PublicUser; proof: FreshAuthentication } | Refusal> {
  const login = await authenticateUser(input, client);
  if (!login.ok) return login;
  return { ok: true, user: toPublicUser(login.user), proof: mint(login.user.id) };
}

/**
 * Every sensitive operation's first line. A missing, look-alike, someone else's or another
 * request's proof is a bug in the caller (a path that skipped the guards above): it throws.
 */
export function assertFreshAuthentication(proof: FreshAuthentication, userId?: number): void {
  const valid =
    minted().has(proof) &&
    minted().get(proof) === (currentRequest() ?? null) &&
    (userId === undefined || proof.userId === userId);
  if (!valid) throw new Error("A sensitive operation was reached without fresh authentication.");
}

/**
 * The gate of every admin operation: a fresh authentication (asserted: a missing one is a bug),
 * and its user an enabled admin as the store says now, at the write — not only when the request
 * began (a slow body gives a demotion time to land in between).
 */
export async function actingAdmin(proof: FreshAuthentication): Promise<boolean> {
  assertFreshAuthentication(proof);
  return isEnabledAdmin(proof.userId);
}
