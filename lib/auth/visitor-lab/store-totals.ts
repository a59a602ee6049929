import "server-only";
import { listUsers } from "@/db/queries/users";
import { getSessionStore, type SessionStoreTotals } from "@/lib/session-store";
import { hasVisitorLabs } from "@/lib/auth/visitor-lab/labs";

/**
 * What the session store holds, as this world may see it: locally, the whole store; hosted, the
 * sessions of this world's accounts only — a visitor's lab (./labs.ts) or the shared world — so
 * another visitor's logins never move a learner's numbers. A lab's bytes are its records at the store's average size (every
 * record has the same fields); its disk share is not a figure a shared file can give (null).
 */
export async function sessionStoreTotals(now = Date.now()): Promise<SessionStoreTotals> {
  const store = getSessionStore();
  const all = await store.totals(now);
  if (!hasVisitorLabs()) return all;
  const counts = await store.countByUser(now);
  const rows = (await listUsers()).reduce((sum, user) => sum + (counts.get(user.id) ?? 0), 0);
  const average = all.rows === 0 ? 0 : all.dataBytes / all.rows;
  return { kind: all.kind, rows, dataBytes: Math.round(rows * average), diskBytes: null };
}
