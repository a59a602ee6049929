import "server-only";
import { processSingleton } from "@/ground/singleton";

interface Entry<V> {
  value: V;
  validUntil: number;
}

/**
 * A bounded, least-recently-used map whose entries expire. Its main use: from an exact credential
 * string to the result of the expensive crypto that checked it (an unseal or a signature
 * verification). Identical bytes authenticate identically, so the proxy and the route code can
 * share that work within one process. Each entry expires with its credential: a memo never
 * extends a credential's life, and an entry with no finite expiry (an `exp` of 1e400 parses to
 * Infinity) is not kept at all. The key is the exact string: callers key by a credential's one
 * canonical spelling, never by something derived from it that two credentials could share.
 * (The login throttle keeps its counters in one too.)
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly maxEntries: number) {}

  get(key: string, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (now >= entry.validUntil) return undefined;
    this.entries.set(key, entry); // re-insert: Map order is our recency order
    return entry.value;
  }

  set(key: string, value: V, validUntil: number): void {
    this.entries.delete(key);
    if (!Number.isFinite(validUntil)) return;
    this.entries.set(key, { value, validUntil });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The process-wide memo named `name`. proxy.ts and the app routes are separate bundles in one
 * process, so module-level state would not be shared: the registry hangs off globalThis.
 */
export function processMemo<V>(name: string, maxEntries = 10_000): BoundedMemo<V> {
  const registry = processSingleton(
    "credential-memos",
    () => new Map<string, BoundedMemo<unknown>>(),
  );
  let memo = registry.get(name);
  if (memo === undefined) {
    memo = new BoundedMemo<unknown>(maxEntries);
    registry.set(name, memo);
  }
  return memo as BoundedMemo<V>;
}
