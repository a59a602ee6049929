import "server-only";
import { getDb } from "@/db/client";
import { getSigningKeys } from "@/lib/auth/keys";
import { getSecrets } from "@/lib/secrets";
import { getSessionStore } from "@/lib/session-store";

/**
 * Validates the configuration, loads (or generates) the secrets, imports the signing keys and
 * opens the database (applying pending migrations). Exits on failure: Next.js would log the error
 * and keep serving, and a server that cannot authenticate must not serve.
 */
export async function prepareServer(): Promise<void> {
  try {
    getSecrets();
    await getSigningKeys();
    getDb();
    // A store that cannot be reached (Redis down, wrong URL) stops the start, like a bad secret.
    await getSessionStore().totals(Date.now());
    startSessionSweep();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

const SWEEP_EVERY_MS = 5 * 60 * 1000;
const SWEEP_BATCH = 500;

/**
 * Expired sessions are deleted when they are next presented, and by this sweep for the ones that
 * never are. Small batches, each yielding to the event loop, so a large backlog never stalls
 * requests; the timer does not keep the process alive.
 */
function startSessionSweep(): void {
  const sweep = (): void => {
    getSessionStore()
      .deleteExpired(Date.now(), SWEEP_BATCH)
      .then((deleted) => {
        if (deleted === SWEEP_BATCH) setImmediate(sweep);
      })
      .catch((error: unknown) => console.error("Session sweep failed:", error));
  };
  setInterval(sweep, SWEEP_EVERY_MS).unref();
}
