import "server-only";
import { migrateDatabase } from "@/db/client";
import { deleteExpiredDenylist } from "@/db/queries/jwt";
import { clearStaleSuccessors, deleteExpiredRefreshTokens } from "@/db/queries/refresh-tokens";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { getSealSettings } from "@/lib/auth/sealed/settings";
import { deleteIdleLabs, hasVisitorLabs } from "@/lib/auth/visitor-lab/labs";
import { config } from "@/config";
import { getSecrets } from "@/config/secrets";
import { getSessionStore } from "@/lib/session-store";
import { getThrottleStore } from "@/lib/throttle";
import { startHeartbeat } from "@/lib/lab/instances";
import { ensureOperator } from "@/lib/lab/operator";

/**
 * Validates the configuration, loads (or generates) the secrets, imports the signing keys, opens
 * the database (applying pending migrations) and makes or updates the operator's account (here,
 * in the server: a new LAB_OPERATOR_PASSWORD must end the old one's logins in the store). Exits on
 * failure: Next.js would log the error and keep serving, and a server that cannot authenticate
 * must not serve.
 */
export async function prepareServer(): Promise<void> {
  try {
    getSecrets();
    // PostgreSQL's migrations (SQLite's are applied as it opens); one instance at a time.
    await migrateDatabase();
    // The shared world's settings rows hold the version every lab's changes raise (lib/auth/jwt/config-version.ts).
    await getJwtSettings();
    await getSealSettings();
    await getSigningKeys();
    // A store that cannot be reached (Redis down, wrong URL) stops the start, like a bad secret.
    await getSessionStore().totals(Date.now());
    await ensureOperator();
    startSweeps();
    // Its first beat before it serves: the instances' list has it from its first request.
    await startHeartbeat();
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
function startSweeps(): void {
  const sweep = (): void => {
    getSessionStore()
      .deleteExpired(Date.now(), SWEEP_BATCH)
      .then((deleted) => {
        if (deleted === SWEEP_BATCH) setImmediate(sweep);
      })
      .catch((error: unknown) => console.error("Session sweep failed:", error));
  };
  // The JWT area's few records expire too: deny-list entries once their token has, refresh
  // families at their absolute end, grace-window successors after their two seconds; and the
  // login throttle's counters an hour after their last attempt.
  const sweepJwt = (): void => {
    const now = Date.now();
    Promise.all([
      deleteExpiredDenylist(new Date(now)),
      deleteExpiredRefreshTokens(new Date(now)),
      clearStaleSuccessors(new Date(now - config.jwt.refreshGraceSeconds * 1000)),
    ]).catch((error: unknown) => console.error("JWT sweep failed:", error));
    void getThrottleStore()
      .deleteExpired(now)
      .catch((error: unknown) => console.error("Throttle sweep failed:", error));
  };
  // Hosted, a visitor's lab unused for LAB_IDLE_MINUTES goes with everything in it.
  const sweepLabs = (): void => {
    if (!hasVisitorLabs()) return;
    deleteIdleLabs().catch((error: unknown) => console.error("Lab sweep failed:", error));
  };
  setInterval(() => {
    sweep();
    sweepJwt();
    sweepLabs();
  }, SWEEP_EVERY_MS).unref();
}
