import "server-only";
import crypto from "node:crypto";
import {
  findRefreshToken,
  insertRefreshToken,
  markRefreshTokenUsed,
  revokeRefreshFamily,
} from "@/db/queries/refresh-tokens";
import { findUserById } from "@/db/queries/users";
import type { RefreshTokenRow, User } from "@/db/schema";
import { sealSecretText, unsealSecretText } from "@/lib/auth/jwt/key-material";
import { config } from "@/config";
import { hashToken, newOpaqueToken } from "@/ground/tokens";
import { inImmediateTransaction } from "@/db/client";

/**
 * Refresh tokens (C25, RFC 9700 §4.14.2): opaque, 256 random bits, stored as SHA-256. Every use
 * rotates it — the old one is spent, a new generation of the same family is issued. Presenting a
 * spent token is reuse (someone kept a copy): the whole family is revoked, the thief's copy and
 * the user's alike. Two refreshes racing with one token cannot fork a family: marking it spent is
 * a compare-and-set inside one immediate transaction; the loser gets the winner's successor if it
 * comes within the grace window (a double-submit), reuse detection after that. Ending a family
 * on purpose (logout, force logout, log out my other logins) is ./refresh-revocation.ts.
 */

export type RefreshFailure =
  | "refresh_invalid"
  | "refresh_expired"
  | "refresh_reused"
  | "refresh_revoked"
  | "refresh_key_mismatch"
  | "user_disabled";

export type RefreshRotation =
  | {
      ok: true;
      token: string;
      /** Read afresh: a role change reaches the next access token here (C27). */
      user: User;
      familyId: string;
      generation: number;
      graced: boolean;
      /** The DPoP key the family is bound to, and when its login's password was typed. */
      jkt: string | null;
      authTime: number | null;
    }
  | { ok: false; reason: RefreshFailure };

const SUCCESSOR_PURPOSE = "refresh-successor";

export function hashRefreshToken(token: string): string {
  return hashToken(token);
}

/** What every generation of a family inherits from its login. */
interface FamilyBinding {
  jkt: string | null;
  authTime: Date | null;
}

function newGeneration(
  userId: number,
  familyId: string,
  generation: number,
  now: number,
  familyExpiresAt: number,
  { jkt, authTime }: FamilyBinding,
): { token: string; row: RefreshTokenRow } {
  const token = newOpaqueToken();
  const row: RefreshTokenRow = {
    id: hashRefreshToken(token),
    familyId,
    userId,
    generation,
    createdAt: new Date(now),
    usedAt: null,
    sealedSuccessor: null,
    // The family's idle lifetime: each generation lives this long unused, never past the family.
    expiresAt: new Date(Math.min(now + config.jwt.refreshIdleTtlSeconds * 1000, familyExpiresAt)),
    familyExpiresAt: new Date(familyExpiresAt),
    revokedAt: null,
    revokedReason: null,
    jkt,
    authTime,
  };
  return { token, row };
}

/**
 * Starts a family at login: generation 1, bound to the DPoP key the login was made with (if
 * any), remembering when the password was typed.
 */
export async function startRefreshFamily(
  userId: number,
  now = Date.now(),
  { jkt = null }: { jkt?: string | null } = {},
): Promise<{ token: string; familyId: string }> {
  const familyId = crypto.randomUUID();
  const familyEnd = now + config.jwt.refreshAbsoluteTtlSeconds * 1000;
  const binding = { jkt, authTime: new Date(now) };
  const { token, row } = newGeneration(userId, familyId, 1, now, familyEnd, binding);
  await insertRefreshToken(row);
  return { token, familyId };
}

/**
 * Spends a refresh token and issues its successor; see the module comment for the rules. A family
 * bound to a DPoP key (RFC 9449 §5) refreshes only with a proof by that key (`proofJkt`, already
 * verified): anything else is refused *before* the token is spent, so a thief holding the token
 * but not the key can neither refresh nor burn the user's family.
 */
export async function rotateRefreshToken(
  token: string,
  now = Date.now(),
  judgeAt = now, // later than `now` under the demo's fast-forward clock
  proofJkt: string | null = null,
): Promise<RefreshRotation> {
  if (token.length < 16 || token.length > 128) return { ok: false, reason: "refresh_invalid" };
  return inImmediateTransaction(async (): Promise<RefreshRotation> => {
    const row = await findRefreshToken(hashRefreshToken(token));
    if (row === null) return { ok: false, reason: "refresh_invalid" };
    if (row.jkt !== null && row.jkt !== proofJkt)
      return { ok: false, reason: "refresh_key_mismatch" };
    if (row.revokedAt !== null) return { ok: false, reason: "refresh_revoked" };
    if (judgeAt >= row.familyExpiresAt.getTime() || judgeAt >= row.expiresAt.getTime()) {
      if (row.usedAt === null) await revokeRefreshFamily(row.familyId, "expired", new Date(now));
      return { ok: false, reason: "refresh_expired" };
    }
    const user = await findUserById(row.userId);
    if (user === null || user.disabledAt !== null) {
      await revokeRefreshFamily(row.familyId, "user_disabled", new Date(now));
      return { ok: false, reason: "user_disabled" };
    }
    return row.usedAt === null ? issueSuccessor(row, user, now) : answerSpent(row, user, now);
  });
}

/** A spent token: the same successor within the grace window (a double-submit), else reuse. */
async function answerSpent(
  row: RefreshTokenRow,
  user: User,
  now: number,
): Promise<RefreshRotation> {
  const spentAt = row.usedAt?.getTime() ?? 0;
  if (now - spentAt <= config.jwt.refreshGraceSeconds * 1000 && row.sealedSuccessor !== null) {
    const token = unsealSecretText(row.sealedSuccessor, SUCCESSOR_PURPOSE);
    return successorOf(row, user, token, true);
  }
  await revokeRefreshFamily(row.familyId, "reuse", new Date(now));
  return { ok: false, reason: "refresh_reused" };
}

/** Spends `row` (compare-and-set) and stores the next generation of its family. */
async function issueSuccessor(
  row: RefreshTokenRow,
  user: User,
  now: number,
): Promise<RefreshRotation> {
  const { familyId } = row;
  const next = newGeneration(
    user.id,
    familyId,
    row.generation + 1,
    now,
    row.familyExpiresAt.getTime(),
    { jkt: row.jkt, authTime: row.authTime },
  );
  const sealed = sealSecretText(next.token, SUCCESSOR_PURPOSE);
  // Inside the immediate transaction nobody else can spend it first; the condition says so anyway.
  if (!(await markRefreshTokenUsed(row.id, new Date(now), sealed))) {
    return answerSpent(row, user, now);
  }
  await insertRefreshToken(next.row);
  return successorOf(row, user, next.token, false);
}

/** The answer for `row`'s successor: the next generation, bound as its family was at login. */
function successorOf(
  row: RefreshTokenRow,
  user: User,
  token: string,
  graced: boolean,
): RefreshRotation {
  return {
    ok: true,
    token,
    user,
    familyId: row.familyId,
    generation: row.generation + 1,
    graced,
    jkt: row.jkt,
    authTime: row.authTime?.getTime() ?? null,
  };
}
