import "server-only";
import { config } from "@/config";
import {
  deleteInstancesSeenBefore,
  findInstancesSeenSince,
  recordInstanceBeat,
} from "@/db/queries/instances";
import { outsideRequest } from "@/ground/context";
import { processSingleton } from "@/ground/singleton";

/**
 * Which instances are running: each writes its row in the shared database every BEAT_EVERY_MS, on
 * a timer off the request path (a request pays nothing for it), and a row written within
 * ALIVE_WITHIN_MS is a running instance — three beats, so one slow write does not make an
 * instance vanish, and one killed is gone from the list within 15 s.
 */
export const BEAT_EVERY_MS = 5_000;
export const ALIVE_WITHIN_MS = 15_000;
// Without INSTANCE_ID every start is a new name (host:pid): old rows go after a day.
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export interface RunningInstance {
  name: string;
  startedAt: number;
  /** This process: the one answering the request that asked. */
  answering: boolean;
}

// When this process started, in epoch milliseconds.
const startedAt = (): number => Math.round(performance.timeOrigin);

const byName = (a: RunningInstance, b: RunningInstance): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Writes this instance's first beat (before it serves), then one every BEAT_EVERY_MS. */
export async function startHeartbeat(): Promise<void> {
  const now = Date.now();
  await recordInstanceBeat(config.instanceName, startedAt(), now);
  await deleteInstancesSeenBefore(now - FORGET_AFTER_MS);
  processSingleton("instance-heartbeat", () =>
    outsideRequest(() =>
      setInterval(() => {
        recordInstanceBeat(config.instanceName, startedAt(), Date.now()).catch((error: unknown) =>
          console.error("Instance heartbeat failed:", error),
        );
      }, BEAT_EVERY_MS).unref(),
    ),
  );
}

/** The instances that beat within ALIVE_WITHIN_MS of `now`, this one always among them. */
export async function findRunningInstances(now = Date.now()): Promise<RunningInstance[]> {
  const seen = await findInstancesSeenSince(now - ALIVE_WITHIN_MS);
  const running = seen.map(({ name, startedAt }) => ({
    name,
    startedAt,
    answering: name === config.instanceName,
  }));
  // Answering, this instance runs, whether or not its heartbeat started (a test, a script).
  const self = { name: config.instanceName, startedAt: startedAt(), answering: true };
  return (running.some((instance) => instance.answering) ? running : [...running, self]).sort(
    byName,
  );
}
