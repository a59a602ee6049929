import "server-only";
import { and, count, eq, isNull, lt, sql } from "drizzle-orm";
import {
  changedRows,
  getDb,
  inImmediateTransaction,
  preparedAs,
  preparedPerConnection,
} from "@/db/client";
import { users, type NewUser, type User } from "@/db/schema";
import { currentLab } from "@/ground/context";

// Every query here is confined to the current lab (ground/context.ts): an id or a name from
// another lab finds nothing. Only the sweeps below look across labs, and say so.
const inThisLab = () => eq(users.labId, currentLab());

/** Finds a user by their (already lower-cased) username. */
export async function findUserByUsername(username: string): Promise<User | null> {
  const [user] = await getDb()
    .select()
    .from(users)
    .where(and(inThisLab(), eq(users.username, username)));
  return user ?? null;
}

// Prepared once per connection: with the memory and Redis session stores this runs on every
// session request.
const findByIdStatement = preparedPerConnection((db) =>
  preparedAs(
    "find_user_by_id",
    db
      .select()
      .from(users)
      .where(and(eq(users.id, sql.placeholder("id")), eq(users.labId, sql.placeholder("lab")))),
  ),
);

/** Finds a user by id. */
export async function findUserById(id: number): Promise<User | null> {
  const [user] = await findByIdStatement().execute({ id, lab: currentLab() });
  return user ?? null;
}

/** Inserts a user; returns null when the username is taken (no exception for an expected case). */
export async function insertUser(user: NewUser): Promise<User | null> {
  const [inserted] = await getDb()
    .insert(users)
    .values({ ...user, labId: currentLab() })
    .onConflictDoNothing({ target: [users.labId, users.username] })
    .returning();
  return inserted ?? null;
}

/** Every user, oldest account first (the admin page adds session counts from the store). */
export function listUsers(): Promise<User[]> {
  return getDb().select().from(users).where(inThisLab()).orderBy(users.id);
}

export type UserChange = Partial<Pick<User, "role" | "disabledAt">>;

export type UserUpdate =
  { ok: true; user: User } | { ok: false; reason: "user_not_found" | "last_admin" | "forbidden" };

async function enabledAdmins(): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(users)
    .where(and(inThisLab(), eq(users.role, "admin"), isNull(users.disabledAt)));
  return row?.n ?? 0;
}

/** Whether the user is, as the store says now, an admin whose account is enabled. */
export async function isEnabledAdmin(id: number): Promise<boolean> {
  const user = await findUserById(id);
  return user !== null && user.role === "admin" && user.disabledAt === null;
}

/** Whether the change takes an enabled admin's rights away (a demotion, or disabling them). */
function removesAdmin(user: User, changes: UserChange): boolean {
  if (user.role !== "admin" || user.disabledAt !== null) return false;
  return (
    changes.role === "user" || (changes.disabledAt !== undefined && changes.disabledAt !== null)
  );
}

/**
 * Changes a user's role or disabled state — decided and written in one exclusive transaction: the
 * store always keeps at least one enabled admin (`last_admin`), whoever asks; and with
 * `actingAdminId`, the actor must still be an enabled admin at the moment of the write
 * (`forbidden`), not merely when the request began — so two admins demoting each other at once
 * cannot both win.
 */
export function updateUser(
  id: number,
  changes: UserChange,
  { actingAdminId }: { actingAdminId?: number } = {},
): Promise<UserUpdate> {
  return inImmediateTransaction(async (): Promise<UserUpdate> => {
    if (actingAdminId !== undefined && !(await isEnabledAdmin(actingAdminId))) {
      return { ok: false, reason: "forbidden" };
    }
    const user = await findUserById(id);
    if (user === null) return { ok: false, reason: "user_not_found" };
    if (removesAdmin(user, changes) && (await enabledAdmins()) <= 1) {
      return { ok: false, reason: "last_admin" };
    }
    const [updated] = await getDb()
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(inThisLab(), eq(users.id, id)))
      .returning();
    return updated === undefined
      ? { ok: false, reason: "user_not_found" }
      : { ok: true, user: updated };
  });
}

/**
 * Stores a new password hash if the stored one is still `expectedHash` (compare-and-set): of two
 * changes made with the same current password, only the first lands. Returns whether it did.
 */
export async function replacePasswordHash(
  id: number,
  expectedHash: string,
  passwordHash: string,
): Promise<boolean> {
  const result = await getDb()
    .update(users)
    .set({ passwordHash, updatedAt: new Date() })
    .where(and(inThisLab(), eq(users.id, id), eq(users.passwordHash, expectedHash)));
  return changedRows(result) === 1;
}

/**
 * The throw-away accounts (the `throwaway` flag, never a name) created before `cutoff`, in every
 * lab: the sweep deletes each one in its own lab (`inLab`).
 */
export function findThrowawayUsersCreatedBefore(cutoff: Date): Promise<User[]> {
  return getDb()
    .select()
    .from(users)
    .where(and(eq(users.throwaway, true), lt(users.createdAt, cutoff)));
}

/**
 * Deletes a user; their refresh families and deny-list rows go with them (foreign keys). Never
 * the last enabled admin (the same invariant as updateUser): false then.
 */
export function deleteUser(id: number): Promise<boolean> {
  return inImmediateTransaction(async () => {
    const user = await findUserById(id);
    if (user === null) return false;
    if (removesAdmin(user, { role: "user" }) && (await enabledAdmins()) <= 1) return false;
    const result = await getDb()
      .delete(users)
      .where(and(inThisLab(), eq(users.id, id)));
    return changedRows(result) > 0;
  });
}
