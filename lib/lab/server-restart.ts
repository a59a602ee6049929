import "server-only";
import { config } from "@/config";
import { actingAdmin, type FreshAuthentication } from "@/lib/auth/step-up/proof";
import { inVisitorLab, restartVisitorLab } from "@/lib/auth/visitor-lab/labs";

/**
 * The admin page's "restart the server" (C07): the process exits with the code its supervisor
 * (scripts/supervise.mjs, which `npm start` uses) answers by starting it again. Only under that
 * supervisor — a bare `node server.mjs` would simply stop.
 */

// Set by the supervisor: the exit code it answers with a restart. Absent, nobody would.
const restartExitCode = Number(process.env.LAB_RESTART_EXIT_CODE);

export function canRestartServer(): boolean {
  return inVisitorLab() || (Number.isInteger(restartExitCode) && restartExitCode > 0);
}

/** What a restart does to the sessions of the configured store, in one sentence. */
export function restartEffect(): string {
  const scope = inVisitorLab()
    ? "Your lab restarts as the server would (other visitors' labs are untouched). "
    : "";
  return config.session.store === "memory"
    ? `${scope}Every session lives in this process's memory: all of them, yours included, will be gone.`
    : `${scope}Sessions live in ${config.session.store === "redis" ? "Redis" : "SQLite"}, outside the process: everyone stays logged in.`;
}

/**
 * Exits shortly after the response is sent, leaving the restart to the supervisor. Sensitive
 * (with the memory store it ends every session): an admin with a fresh authentication only.
 */
// Hosted, a visitor's "restart" is their lab's alone (restartVisitorLab): it forgets what a
// restart would while the process keeps serving every other lab.
export async function scheduleServerRestart(proof: FreshAuthentication): Promise<boolean> {
  if (!(await actingAdmin(proof))) return false;
  if (inVisitorLab()) {
    await restartVisitorLab();
    return true;
  }
  setTimeout(() => process.exit(restartExitCode), 250).unref();
  return true;
}
