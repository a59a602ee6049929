import "server-only";
import { and, asc, eq, gt, isNull, lte, ne, sql, type SQL } from "drizzle-orm";
import { changedRows, getDb, inImmediateTransaction } from "@/db/client";
import { refreshTokens, users, type RefreshTokenRow } from "@/db/schema";
import { currentLab } from "@/ground/context";

export async function insertRefreshToken(row: RefreshTokenRow): Promise<void> {
  await getDb().insert(refreshTokens).values(row);
}

/**
 * A refresh token's row, if its user is of the current lab (ground/context.ts): another lab's
 * token is not found here — it can neither be spent nor, by its reuse, end its family.
 */
export async function findRefreshToken(id: string): Promise<RefreshTokenRow | null> {
  const [found] = await getDb()
    .select({ row: refreshTokens })
    .from(refreshTokens)
    .innerJoin(users, eq(users.id, refreshTokens.userId))
    .where(and(eq(refreshTokens.id, id), eq(users.labId, currentLab())));
  return found?.row ?? null;
}

/**
 * Marks a token used — only if it is still unused (compare-and-set): of two racing refreshes
 * with the same token, exactly one sees `true`.
 */
export async function markRefreshTokenUsed(
  id: string,
  usedAt: Date,
  sealedSuccessor: string,
): Promise<boolean> {
  const result = await getDb()
    .update(refreshTokens)
    .set({ usedAt, sealedSuccessor })
    .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt)));
  return changedRows(result) === 1;
}

/** Revokes the still-live rows that `scope` selects; returns how many there were. */
async function revokeLive(scope: SQL, reason: string, now: Date): Promise<number> {
  const result = await getDb()
    .update(refreshTokens)
    .set({ revokedAt: now, revokedReason: reason, sealedSuccessor: null })
    .where(and(scope, isNull(refreshTokens.revokedAt)));
  return changedRows(result);
}

/** Revokes every generation of a family; returns how many rows were still unrevoked. */
export function revokeRefreshFamily(familyId: string, reason: string, now: Date): Promise<number> {
  return revokeLive(eq(refreshTokens.familyId, familyId), reason, now);
}

/** Revokes every family of a user (admin force logout, disabled account, password change). */
export function revokeUserRefreshFamilies(
  userId: number,
  reason: string,
  now: Date,
): Promise<number> {
  return revokeLive(eq(refreshTokens.userId, userId), reason, now);
}

/**
 * Revokes every family of a user but the caller's own (the JWT area's "log out my other logins"),
 * only while that family is still live — checked and written in one exclusive transaction, so of
 * two logins ending each other at once one wins and keeps its family. Returns how many families
 * were still live, or null (nothing revoked) when the caller's own family has ended. A caller with
 * no family (null) has none to lose: every family ends.
 */
export function revokeOtherRefreshFamilies(
  userId: number,
  keepFamilyId: string | null,
  reason: string,
  now: Date,
): Promise<number | null> {
  const live = and(isNull(refreshTokens.revokedAt), gt(refreshTokens.familyExpiresAt, now));
  const others = and(
    eq(refreshTokens.userId, userId),
    keepFamilyId === null ? undefined : ne(refreshTokens.familyId, keepFamilyId),
  )!;
  return inImmediateTransaction(async () => {
    if (keepFamilyId !== null) {
      const own = and(eq(refreshTokens.userId, userId), eq(refreshTokens.familyId, keepFamilyId));
      const [kept] = await getDb()
        .select({ id: refreshTokens.id })
        .from(refreshTokens)
        .where(and(own, live))
        .limit(1);
      if (kept === undefined) return null;
    }
    const families = await getDb()
      .selectDistinct({ familyId: refreshTokens.familyId })
      .from(refreshTokens)
      .where(and(others, live));
    await revokeLive(others, reason, now);
    return families.length;
  });
}

/**
 * Every generation of a family, oldest first (the inspector's family view) — only a family of the
 * current lab's users: the inspector reads a token's `fid` without verifying it.
 */
export async function findRefreshFamily(familyId: string): Promise<RefreshTokenRow[]> {
  const rows = await getDb()
    .select({ row: refreshTokens })
    .from(refreshTokens)
    .innerJoin(users, eq(users.id, refreshTokens.userId))
    .where(and(eq(refreshTokens.familyId, familyId), eq(users.labId, currentLab())))
    .orderBy(asc(refreshTokens.generation));
  return rows.map(({ row }) => row);
}

/** Forgets the grace-window successors older than `before` (they must not linger). */
export async function clearStaleSuccessors(before: Date): Promise<void> {
  await getDb()
    .update(refreshTokens)
    .set({ sealedSuccessor: null })
    .where(
      and(lte(refreshTokens.usedAt, before), sql`${refreshTokens.sealedSuccessor} IS NOT NULL`),
    );
}

/**
 * Deletes the rows of families past their absolute lifetime. Used generations stay until then:
 * they are what makes a replayed old token recognisable as reuse.
 */
export async function deleteExpiredRefreshTokens(now: Date): Promise<number> {
  return changedRows(
    await getDb().delete(refreshTokens).where(lte(refreshTokens.familyExpiresAt, now)),
  );
}
