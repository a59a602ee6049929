import "server-only";
import { listUsers } from "@/db/queries/users";
import { currentLab, SHARED_LAB } from "@/ground/context";
import { getSessionStore, type SessionStoreTotals } from "@/lib/session-store";

/**
 * What the session store holds, as this world may see it: the whole store in the shared world;
 * in a visitor's lab (./labs.ts) its own accounts' sessions only — another visitor's logins must
 * not move a learner's numbers. A lab's bytes are its records at the store's average size (every
 * record has the same fields); its disk share is not a figure a shared file can give (null).
 */
export async function sessionStoreTotals(now = Date.now()): Promise<SessionStoreTotals> {
  const store = getSessionStore();
  const all = await store.totals(now);
  if (currentLab() === SHARED_LAB) return all;
  const counts = await store.countByUser(now);
  const rows = listUsers().reduce((sum, user) => sum + (counts.get(user.id) ?? 0), 0);
  const average = all.rows === 0 ? 0 : all.dataBytes / all.rows;
  return { kind: all.kind, rows, dataBytes: Math.round(rows * average), diskBytes: null };
}
