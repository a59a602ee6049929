import os from "node:os";

/**
 * The name this process answers as when several instances run behind one load balancer: the
 * operator's INSTANCE_ID (short, stable across restarts), else the host's name and the process id,
 * which no two processes running at once share.
 */
export function instanceName(
  instanceId: string | undefined,
  host: string = os.hostname(),
  pid: number = process.pid,
): string {
  return instanceId ?? `${host}:${pid}`;
}
