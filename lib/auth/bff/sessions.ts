import "server-only";
import { config } from "@/config";
import {
  deleteBffSession,
  findBffSessionRow,
  findLiveBffSession,
  insertBffSession,
  updateBffTokens,
  type BffUser,
} from "@/db/queries/bff-sessions";
import type { BffSessionRow } from "@/db/schema";
import { hashToken, newOpaqueToken } from "@/ground/tokens";
import { sealSecretText, unsealSecretText } from "@/lib/auth/jwt/key-material";

/**
 * The backend-for-frontend's sessions (OAuth 2.0 for Browser-Based Applications, the BFF
 * pattern): the browser holds an opaque cookie token; the row it names holds the JWT login's
 * access and refresh tokens, sealed with AES-256-GCM as the signing keys are — so neither the
 * browser nor a copy of the database holds a usable token. A session rides on its refresh family:
 * when that family is revoked (logout elsewhere, a password change, an admin, a detected reuse)
 * the session is no longer found.
 */

export type { BffUser };

/** The tokens a BFF session keeps for its browser. */
export interface HeldTokens {
  access: string;
  refresh: string;
}

const PURPOSE = "bff-tokens-at-rest";
// A cookie token is 43 base64url characters (256 bits); anything else is not looked up.
const COOKIE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Starts a session holding `tokens`; returns the token for the browser's cookie. */
export async function startBffSession(
  userId: number,
  familyId: string,
  tokens: HeldTokens,
  accessExpiresAt: number,
  now = Date.now(),
): Promise<string> {
  const token = newOpaqueToken();
  await insertBffSession({
    id: hashToken(token),
    userId,
    familyId,
    sealedTokens: sealTokens(tokens),
    accessExpiresAt: new Date(accessExpiresAt),
    generation: 0,
    createdAt: new Date(now),
    // No longer than the refresh family it rides on.
    expiresAt: new Date(now + config.jwt.refreshAbsoluteTtlSeconds * 1000),
  });
  return token;
}

export type BffSessionCheck =
  | { ok: true; session: BffSessionRow; user: BffUser }
  | {
      ok: false;
      reason: "no_credential" | "session_not_found" | "session_expired" | "user_disabled";
    };

/**
 * The session a cookie token names, if it is live: its shape, one indexed lookup by its hash
 * (within the current lab, its refresh family unrevoked), its absolute end judged at `judgeAt`
 * (the fast-forward clock), its user not disabled. Never throws for any cookie bytes.
 */
export async function findBffSession(
  token: string | null,
  judgeAt = Date.now(),
): Promise<BffSessionCheck> {
  if (token === null) return { ok: false, reason: "no_credential" };
  if (!COOKIE_TOKEN.test(token)) return { ok: false, reason: "session_not_found" };
  const found = await findLiveBffSession(hashToken(token));
  if (found === null) return { ok: false, reason: "session_not_found" };
  if (judgeAt >= found.session.expiresAt.getTime()) return { ok: false, reason: "session_expired" };
  if (found.user.disabledAt !== null) return { ok: false, reason: "user_disabled" };
  return { ok: true, ...found };
}

/** The session's tokens, unsealed (only ever on the server, to call the resource API). */
export function heldTokens(session: BffSessionRow): HeldTokens {
  return JSON.parse(unsealSecretText(session.sealedTokens, PURPOSE)) as HeldTokens;
}

/** The session's row as stored now (another request may have renewed its tokens since). */
export function reloadBffSession(session: BffSessionRow): Promise<BffSessionRow | null> {
  return findBffSessionRow(session.id);
}

/** Stores a refreshed pair over the generation it replaces; false if another request did first. */
export function replaceHeldTokens(
  session: BffSessionRow,
  tokens: HeldTokens,
  accessExpiresAt: number,
): Promise<boolean> {
  return updateBffTokens(session.id, session.generation, {
    sealedTokens: sealTokens(tokens),
    accessExpiresAt: new Date(accessExpiresAt),
  });
}

/** Deletes the session a cookie token names (logout); returns its row, if there was one. */
export async function endBffSession(token: string | null): Promise<BffSessionRow | null> {
  if (token === null || !COOKIE_TOKEN.test(token)) return null;
  return deleteBffSession(hashToken(token));
}

/** Deletes a session found ended (its refresh refused): its row holds nothing usable any more. */
export async function dropBffSession(session: BffSessionRow): Promise<void> {
  await deleteBffSession(session.id);
}

function sealTokens(tokens: HeldTokens): string {
  return sealSecretText(
    JSON.stringify({ access: tokens.access, refresh: tokens.refresh }),
    PURPOSE,
  );
}
