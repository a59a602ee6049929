import "server-only";
import { findUserByUsername } from "@/db/queries/users";
import { findRefreshToken } from "@/db/queries/refresh-tokens";
import { createLabAccount } from "@/lib/compare/lab-account";
import { createSealedSession } from "@/lib/auth/sealed/tokens";
import { validateSealedSession } from "@/lib/auth/sealed/validation";
import { generateSigningJwk, newKid, sealKeyMaterial } from "@/lib/auth/jwt/key-material";
import { hashRefreshToken, rotateRefreshToken, startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { revokeRefreshTokenFamily } from "@/lib/auth/jwt/refresh-revocation";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { verifyPassword } from "@/lib/auth/password/hashing";
import { revokeUserSessions } from "@/lib/auth/session/revocation";
import { hashSessionToken, parseSessionCookie, startSession } from "@/lib/auth/session/tokens";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { toPublicUser } from "@/lib/users/public-user";

/**
 * "Steal the database" (/threats/session): a toy user is made and logged in through each
 * mechanism by the app's own code paths, then exactly the rows those logins wrote are handed
 * over — never the real database, which holds other visitors' password hashes. Each stolen value
 * is then tried as a credential, with the check its mechanism really makes; the live credentials
 * (which no table holds) are tried too, as the control. Everything ends before the answer.
 */

/** Which stolen value or live credential a line is about: the page words it (its messages). */
export type StolenKey = "passwordHash" | "sessionId" | "refreshId" | "sealedKey";
export type ControlKey = "sessionToken" | "accessToken" | "sealedSession";

export interface StolenValue {
  key: StolenKey;
  what: string;
  triedAs: string;
  value: string;
  verdict: string;
  /** The refusal codes the checks answered, in order (none for a one-way hash or a sealed key). */
  codes: string[];
  works: boolean;
}

export interface Leak {
  username: string;
  rows: Record<string, Record<string, unknown>>;
  stolen: StolenValue[];
  control: Array<{ key: ControlKey; what: string; verdict: string; works: boolean }>;
}

export type LeakResult = { ok: true; leak: Leak } | { ok: false; retryAfterSeconds: number };

export async function stealToyDatabase(client: string | null): Promise<LeakResult> {
  const made = await createLabAccount(client, { remember: false });
  if (!made.ok) return { ok: false, retryAfterSeconds: made.retryAfterSeconds };
  const user = (await findUserByUsername(made.credentials.username))!;
  const publicUser = toPublicUser(user);
  const session = await startSession(user.id, { userAgent: "the leak lab", ip: null });
  if (!session.ok) throw new Error("a fresh account hit the session limit");
  const family = await startRefreshFamily(user.id);
  const access = await createAccessToken(publicUser, Date.now(), { familyId: family.familyId });
  const sealed = await createSealedSession(publicUser);
  const key = await generateSigningJwk("EdDSA");
  try {
    const sessionHash = hashSessionToken(session.token);
    const refreshRow = (await findRefreshToken(hashRefreshToken(family.token)))!;
    const rows = {
      users: {
        id: user.id,
        username: user.username,
        password_hash: user.passwordHash,
        role: user.role,
      },
      sessions: { id: sessionHash, user_id: user.id, expires_at: session.session.expiresAt },
      refresh_tokens: {
        id: refreshRow.id,
        family_id: refreshRow.familyId,
        generation: refreshRow.generation,
      },
      signing_keys: {
        kid: newKid(),
        alg: "EdDSA",
        sealed_private_jwk: sealKeyMaterial(key.privateJwk),
      },
    };
    const asCookie = parseSessionCookie(sessionHash);
    const lookedUp = await validateSessionToken(sessionHash, Date.now(), Date.now(), {
      slide: false,
    });
    const spent = await rotateRefreshToken(refreshRow.id);
    const stolen: StolenValue[] = [
      {
        key: "passwordHash",
        what: "users.password_hash",
        triedAs: "the password, at the login's own comparison",
        value: user.passwordHash,
        works: await verifyPassword(user.passwordHash, user.passwordHash),
        verdict: "Invalid username or password (argon2id is one-way: the hash is not the password)",
        codes: [],
      },
      {
        key: "sessionId",
        what: "sessions.id",
        triedAs: "the session cookie",
        value: sessionHash,
        works: lookedUp.ok,
        verdict: `${asCookie.ok ? "" : `${asCookie.reason}; and looked up anyway, `}${lookedUp.ok ? "valid" : lookedUp.reason} — the store keeps SHA-256(token), and the check hashes what it is given`,
        codes: [...(asCookie.ok ? [] : [asCookie.reason]), lookedUp.ok ? "valid" : lookedUp.reason],
      },
      {
        key: "refreshId",
        what: "refresh_tokens.id",
        triedAs: "the refresh token",
        value: refreshRow.id,
        works: spent.ok,
        verdict: `${spent.ok ? "renewed" : spent.reason} — stored hashed too`,
        codes: [spent.ok ? "renewed" : spent.reason],
      },
      {
        key: "sealedKey",
        what: "signing_keys.sealed_private_jwk",
        triedAs: "a signing key",
        value: rows.signing_keys.sealed_private_jwk,
        works: false,
        verdict:
          "unusable: sealed (AES-256-GCM) under a key derived from the server's secret, which is not in the database",
        codes: [],
      },
    ];
    const control = [
      {
        key: "sessionToken" as const,
        what: "the session token (in the browser's cookie, in no table)",
        ...(await verdictOf(
          validateSessionToken(session.token, Date.now(), Date.now(), { slide: false }),
        )),
      },
      {
        key: "accessToken" as const,
        what: "the access token (in the browser, in no table)",
        ...(await verdictOf(validateAccessToken(access.token))),
      },
      {
        key: "sealedSession" as const,
        what: "the sealed-cookie session (in the browser; the tables hold nothing of it)",
        ...(await verdictOf(validateSealedSession(sealed.seal))),
      },
    ];
    return { ok: true, leak: { username: user.username, rows, stolen, control } };
  } finally {
    await revokeUserSessions(user.id);
    await revokeRefreshTokenFamily(family.familyId, "logout");
  }
}

async function verdictOf(
  check: Promise<{ ok: boolean; reason?: string }>,
): Promise<{ verdict: string; works: boolean }> {
  const result = await check;
  return {
    works: result.ok,
    verdict: result.ok ? "valid: a live credential" : (result.reason ?? "refused"),
  };
}
