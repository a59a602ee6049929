import "server-only";
import crypto from "node:crypto";
import {
  findRefreshFamily,
  findRefreshToken,
  inRefreshTransaction,
  insertRefreshToken,
  markRefreshTokenUsed,
  revokeRefreshFamily,
  revokeUserRefreshFamilies,
} from "@/db/queries/refresh-tokens";
import { findUserById } from "@/db/queries/users";
import type { RefreshTokenRow } from "@/db/schema";
import { sealSecretText, unsealSecretText } from "@/lib/auth/key-material";
import { config } from "@/lib/config";

/**
 * Refresh tokens (C25, RFC 9700 §4.14.2): opaque, 256 random bits, stored as SHA-256. Every use
 * rotates it — the old one is spent, a new generation of the same family is issued. Presenting a
 * spent token is reuse (someone kept a copy): the whole family is revoked, the thief's copy and
 * the user's alike. Two refreshes racing with one token cannot fork a family: marking it spent is
 * a compare-and-set inside one immediate transaction; the loser gets the winner's successor if it
 * comes within the grace window (a double-submit), reuse detection after that.
 */

export type RefreshFailure =
  "refresh_invalid" | "refresh_expired" | "refresh_reused" | "refresh_revoked" | "user_disabled";

export type RefreshRotation =
  | {
      ok: true;
      token: string;
      userId: number;
      familyId: string;
      generation: number;
      graced: boolean;
    }
  | { ok: false; reason: RefreshFailure };

const SUCCESSOR_PURPOSE = "refresh-successor";

export function hashRefreshToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

function newGeneration(
  userId: number,
  familyId: string,
  generation: number,
  now: number,
  familyExpiresAt: number,
): { token: string; row: RefreshTokenRow } {
  const token = crypto.randomBytes(32).toString("base64url");
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
  };
  return { token, row };
}

/** Starts a family at login: generation 1. */
export function startRefreshFamily(
  userId: number,
  now = Date.now(),
): { token: string; familyId: string } {
  const familyId = crypto.randomUUID();
  const familyEnd = now + config.jwt.refreshAbsoluteTtlSeconds * 1000;
  const { token, row } = newGeneration(userId, familyId, 1, now, familyEnd);
  insertRefreshToken(row);
  return { token, familyId };
}

/** Spends a refresh token and issues its successor; see the module comment for the rules. */
export function rotateRefreshToken(
  token: string,
  now = Date.now(),
  judgeAt = now, // later than `now` under the demo's fast-forward clock
): RefreshRotation {
  if (token.length < 16 || token.length > 128) return { ok: false, reason: "refresh_invalid" };
  return inRefreshTransaction((): RefreshRotation => {
    const row = findRefreshToken(hashRefreshToken(token));
    if (row === null) return { ok: false, reason: "refresh_invalid" };
    if (row.revokedAt !== null) return { ok: false, reason: "refresh_revoked" };
    const { familyId, userId } = row;
    if (judgeAt >= row.familyExpiresAt.getTime() || judgeAt >= row.expiresAt.getTime()) {
      if (row.usedAt === null) revokeRefreshFamily(familyId, "expired", new Date(now));
      return { ok: false, reason: "refresh_expired" };
    }
    if (row.usedAt !== null) {
      const withinGrace = now - row.usedAt.getTime() <= config.jwt.refreshGraceSeconds * 1000;
      if (withinGrace && row.sealedSuccessor !== null) {
        const successor = unsealSecretText(row.sealedSuccessor, SUCCESSOR_PURPOSE);
        return {
          ok: true,
          token: successor,
          userId,
          familyId,
          generation: row.generation + 1,
          graced: true,
        };
      }
      revokeRefreshFamily(familyId, "reuse", new Date(now));
      return { ok: false, reason: "refresh_reused" };
    }
    const user = findUserById(userId);
    if (user === null || user.disabledAt !== null) {
      revokeRefreshFamily(familyId, "user_disabled", new Date(now));
      return { ok: false, reason: "user_disabled" };
    }
    const next = newGeneration(
      userId,
      familyId,
      row.generation + 1,
      now,
      row.familyExpiresAt.getTime(),
    );
    if (
      !markRefreshTokenUsed(row.id, new Date(now), sealSecretText(next.token, SUCCESSOR_PURPOSE))
    ) {
      return { ok: false, reason: "refresh_reused" }; // cannot happen inside the transaction
    }
    insertRefreshToken(next.row);
    return {
      ok: true,
      token: next.token,
      userId,
      familyId,
      generation: next.row.generation,
      graced: false,
    };
  });
}

/** Ends a family (logout): none of its tokens refreshes again. Returns how many were live. */
export function revokeRefreshTokenFamily(familyId: string, reason = "logout"): number {
  return revokeRefreshFamily(familyId, reason, new Date());
}

/** Ends every family of a user. */
export function revokeUserRefreshTokens(userId: number, reason: string): number {
  return revokeUserRefreshFamilies(userId, reason, new Date());
}

export interface FamilyGeneration {
  generation: number;
  createdAt: number;
  usedAt: number | null;
  state: "live" | "used" | "revoked" | "expired";
}

/** A family for the inspector: its generations, which were used, which is live. */
export function describeRefreshFamily(
  familyId: string,
  judgeAt = Date.now(),
): { generations: FamilyGeneration[]; revokedReason: string | null; expiresAt: number } | null {
  const rows = findRefreshFamily(familyId);
  if (rows.length === 0) return null;
  const generations = rows.map((row) => ({
    generation: row.generation,
    createdAt: row.createdAt.getTime(),
    usedAt: row.usedAt?.getTime() ?? null,
    state:
      row.revokedAt !== null
        ? ("revoked" as const)
        : row.usedAt !== null
          ? ("used" as const)
          : judgeAt >= row.expiresAt.getTime()
            ? ("expired" as const)
            : ("live" as const),
  }));
  return {
    generations,
    revokedReason: rows.find((row) => row.revokedReason !== null)?.revokedReason ?? null,
    expiresAt: rows[0]!.familyExpiresAt.getTime(),
  };
}
