import { currentLab } from "@/ground/context";
import { processSingleton } from "@/ground/singleton";

/**
 * A process-wide value held once per lab (lib/visitor-labs): the settings and key caches, so one
 * visitor's switch never changes what another's requests read. `forgetLab` drops a deleted lab's
 * entries from every such cache at once.
 */

const registry = () => processSingleton("per-lab-registry", () => new Set<Map<string, unknown>>());

export function perLab<T>(name: string, create: () => T): () => T {
  const entries = () =>
    processSingleton(`per-lab:${name}`, () => {
      const map = new Map<string, T>();
      registry().add(map as Map<string, unknown>);
      return map;
    });
  return () => {
    const map = entries();
    const lab = currentLab();
    let entry = map.get(lab);
    if (entry === undefined) {
      entry = create();
      map.set(lab, entry);
    }
    return entry;
  };
}

/** Drops every cached value of a deleted lab. */
export function forgetLab(labId: string): void {
  for (const map of registry()) map.delete(labId);
}
