import "server-only";
import { and, asc, eq, gt, isNull, lte, ne, sql, type SQL } from "drizzle-orm";
import { getDb, inImmediateTransaction } from "@/db/client";
import { refreshTokens, users, type RefreshTokenRow } from "@/db/schema";
import { currentLab } from "@/ground/context";

export function insertRefreshToken(row: RefreshTokenRow): void {
  getDb().insert(refreshTokens).values(row).run();
}

/**
 * A refresh token's row, if its user is of the current lab (ground/context.ts): another lab's
 * token is not found here — it can neither be spent nor, by its reuse, end its family.
 */
export function findRefreshToken(id: string): RefreshTokenRow | null {
  const found = getDb()
    .select({ row: refreshTokens })
    .from(refreshTokens)
    .innerJoin(users, eq(users.id, refreshTokens.userId))
    .where(and(eq(refreshTokens.id, id), eq(users.labId, currentLab())))
    .get();
  return found?.row ?? null;
}

/**
 * Marks a token used — only if it is still unused (compare-and-set): of two racing refreshes
 * with the same token, exactly one sees `true`.
 */
export function markRefreshTokenUsed(id: string, usedAt: Date, sealedSuccessor: string): boolean {
  return (
    getDb()
      .update(refreshTokens)
      .set({ usedAt, sealedSuccessor })
      .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt)))
      .run().changes === 1
  );
}

/** Revokes the still-live rows that `scope` selects; returns how many there were. */
function revokeLive(scope: SQL, reason: string, now: Date): number {
  return getDb()
    .update(refreshTokens)
    .set({ revokedAt: now, revokedReason: reason, sealedSuccessor: null })
    .where(and(scope, isNull(refreshTokens.revokedAt)))
    .run().changes;
}

/** Revokes every generation of a family; returns how many rows were still unrevoked. */
export function revokeRefreshFamily(familyId: string, reason: string, now: Date): number {
  return revokeLive(eq(refreshTokens.familyId, familyId), reason, now);
}

/** Revokes every family of a user (admin force logout, disabled account, password change). */
export function revokeUserRefreshFamilies(userId: number, reason: string, now: Date): number {
  return revokeLive(eq(refreshTokens.userId, userId), reason, now);
}

/**
 * Revokes every family of a user but the caller's own (the JWT area's "log out my other logins"),
 * only while that family is still live — checked and written in one BEGIN IMMEDIATE, so of two
 * logins ending each other at once one wins and keeps its family. Returns how many families were
 * still live, or null (nothing revoked) when the caller's own family has ended. A caller with no
 * family (null) has none to lose: every family ends.
 */
export function revokeOtherRefreshFamilies(
  userId: number,
  keepFamilyId: string | null,
  reason: string,
  now: Date,
): number | null {
  const live = and(isNull(refreshTokens.revokedAt), gt(refreshTokens.familyExpiresAt, now));
  const others = and(
    eq(refreshTokens.userId, userId),
    keepFamilyId === null ? undefined : ne(refreshTokens.familyId, keepFamilyId),
  )!;
  return inImmediateTransaction(() => {
    if (keepFamilyId !== null) {
      const own = and(eq(refreshTokens.userId, userId), eq(refreshTokens.familyId, keepFamilyId));
      const kept = getDb()
        .select({ id: refreshTokens.id })
        .from(refreshTokens)
        .where(and(own, live))
        .get();
      if (kept === undefined) return null;
    }
    const families = getDb()
      .selectDistinct({ familyId: refreshTokens.familyId })
      .from(refreshTokens)
      .where(and(others, live))
      .all().length;
    revokeLive(others, reason, now);
    return families;
  });
}

/**
 * Every generation of a family, oldest first (the inspector's family view) — only a family of the
 * current lab's users: the inspector reads a token's `fid` without verifying it.
 */
export function findRefreshFamily(familyId: string): RefreshTokenRow[] {
  return getDb()
    .select({ row: refreshTokens })
    .from(refreshTokens)
    .innerJoin(users, eq(users.id, refreshTokens.userId))
    .where(and(eq(refreshTokens.familyId, familyId), eq(users.labId, currentLab())))
    .orderBy(asc(refreshTokens.generation))
    .all()
    .map(({ row }) => row);
}

/** Forgets the grace-window successors older than `before` (they must not linger). */
export function clearStaleSuccessors(before: Date): void {
  getDb()
    .update(refreshTokens)
    .set({ sealedSuccessor: null })
    .where(
      and(lte(refreshTokens.usedAt, before), sql`${refreshTokens.sealedSuccessor} IS NOT NULL`),
    )
    .run();
}

/**
 * Deletes the rows of families past their absolute lifetime. Used generations stay until then:
 * they are what makes a replayed old token recognisable as reuse.
 */
export function deleteExpiredRefreshTokens(now: Date): number {
  return getDb().delete(refreshTokens).where(lte(refreshTokens.familyExpiresAt, now)).run().changes;
}
