import "server-only";
import { and, eq, isNotNull, lte, sql } from "drizzle-orm";
import { changedRows, getDb } from "@/db/client";
import { bffSessions, refreshTokens, users, type BffSessionRow, type User } from "@/db/schema";
import { currentLab } from "@/ground/context";

/** The backend-for-frontend's sessions (lib/auth/bff/sessions.ts): rows, never tokens in clear. */

export async function insertBffSession(row: BffSessionRow): Promise<void> {
  await getDb().insert(bffSessions).values(row);
}

/** The user columns the BFF's check needs (never the password hash). */
export type BffUser = Pick<User, "id" | "username" | "displayName" | "role" | "disabledAt">;

/**
 * A BFF session and its user — only a user of the current lab (ground/context.ts), and only
 * while the refresh family it rides on has no revoked generation: "log out everywhere", a password
 * change, an admin's revocation or a detected reuse end the BFF session on its next request.
 */
export async function findLiveBffSession(
  id: string,
): Promise<{ session: BffSessionRow; user: BffUser } | null> {
  const [found] = await getDb()
    .select({
      session: bffSessions,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        role: users.role,
        disabledAt: users.disabledAt,
      },
    })
    .from(bffSessions)
    .innerJoin(users, eq(users.id, bffSessions.userId))
    .where(
      and(
        eq(bffSessions.id, id),
        eq(users.labId, currentLab()),
        sql`NOT EXISTS (SELECT 1 FROM ${refreshTokens} WHERE ${refreshTokens.familyId} = ${bffSessions.familyId} AND ${isNotNull(refreshTokens.revokedAt)})`,
      ),
    );
  return found ?? null;
}

/** A BFF session's row as it is now (its id was found through findLiveBffSession first). */
export async function findBffSessionRow(id: string): Promise<BffSessionRow | null> {
  const [row] = await getDb().select().from(bffSessions).where(eq(bffSessions.id, id));
  return row ?? null;
}

/**
 * Stores refreshed tokens — only over the generation they replace (compare-and-set): of two
 * requests that refreshed at once, one writes and the other keeps the pair it was handed (the
 * refresh token's grace window gave both the same successor).
 */
export async function updateBffTokens(
  id: string,
  replacing: number,
  change: Pick<BffSessionRow, "sealedTokens" | "accessExpiresAt">,
): Promise<boolean> {
  const result = await getDb()
    .update(bffSessions)
    .set({ ...change, generation: replacing + 1 })
    .where(and(eq(bffSessions.id, id), eq(bffSessions.generation, replacing)));
  return changedRows(result) === 1;
}

/** Deletes a BFF session (logout, or one found ended); returns its row if there was one. */
export async function deleteBffSession(id: string): Promise<BffSessionRow | null> {
  const [row] = await getDb().delete(bffSessions).where(eq(bffSessions.id, id)).returning();
  return row ?? null;
}

/** Deletes the sessions past their absolute end (the start-up and periodic sweep). */
export async function deleteExpiredBffSessions(now: Date): Promise<number> {
  return changedRows(await getDb().delete(bffSessions).where(lte(bffSessions.expiresAt, now)));
}
