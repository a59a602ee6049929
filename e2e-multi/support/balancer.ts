import path from "node:path";
import type { ServerStats } from "../../scripts/haproxy.mjs";
import { required } from "./group";

export type { ServerStats };

/** The instances' counters in the group's HAProxy (scripts/haproxy.mjs), by instance id. */
export async function balancerStats(): Promise<Map<string, ServerStats>> {
  // A dynamic import with a computed path: Playwright would otherwise compile this ES module to
  // CommonJS along with the spec.
  const script = path.resolve("scripts/haproxy.mjs");
  const { readServerStats } = (await import(script)) as typeof import("../../scripts/haproxy.mjs");
  return readServerStats(required("MULTI_HAPROXY_SOCKET"));
}
