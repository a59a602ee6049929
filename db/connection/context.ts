import { AsyncLocalStorage } from "node:async_hooks";
import { processSingleton } from "@/ground/singleton";
import type { AppDatabase } from "./types";

interface DatabaseContext {
  /** Inside an exclusive transaction: the database its statements must go through. */
  transaction?: AppDatabase;
  /** Statements here may skip the disk flush (SQLite only; see withRelaxedDurability). */
  relaxed?: boolean;
}

// proxy.ts and the app's routes are separate bundles in one process: one storage per process.
const storage = (): AsyncLocalStorage<DatabaseContext> =>
  processSingleton("db-context", () => new AsyncLocalStorage<DatabaseContext>());

export function databaseContext(): DatabaseContext | undefined {
  return storage().getStore();
}

export function inDatabaseContext<T>(context: DatabaseContext, work: () => T): T {
  return storage().run({ ...storage().getStore(), ...context }, work);
}
