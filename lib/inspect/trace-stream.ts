import "server-only";
import { processMemo } from "@/ground/memo";
import { processSingleton } from "@/ground/singleton";
import type { Trace } from "@/lib/inspect/trace";

/**
 * The inspector's live streams: each browser's listeners, told of every trace of theirs as it is
 * stored, and the ids a login rotated away (whose streams are ended). The traces themselves are
 * ./traces.ts.
 */

type Listener = (trace: Trace) => void;
interface Subscription {
  listener: Listener;
  end: () => void;
}

function listeners(): Map<string, Set<Subscription>> {
  return processSingleton("inspector-listeners", () => new Map<string, Set<Subscription>>());
}

/**
 * Subscribes to this browser's new traces; returns the unsubscribe function. `end` is called
 * when the id is rotated away (the stream should close).
 */
export function subscribeToTraces(
  inspectorId: string,
  listener: Listener,
  end: () => void = () => {},
): () => void {
  const all = listeners();
  const set = all.get(inspectorId) ?? new Set<Subscription>();
  const subscription = { listener, end };
  set.add(subscription);
  all.set(inspectorId, set);
  return () => {
    set.delete(subscription);
    if (set.size === 0 && all.get(inspectorId) === set) all.delete(inspectorId);
  };
}

/** Whether this browser has a live inspector open (someone is watching its traces). */
export function isWatched(inspectorId: string): boolean {
  return listeners().has(inspectorId);
}

/**
 * Tells this browser's live listeners of its new trace. The trace is made only when there is
 * someone to tell: most traced requests have no inspector open on them.
 */
export function publishTrace(inspectorId: string, trace: () => Trace): void {
  const subscriptions = listeners().get(inspectorId);
  if (subscriptions === undefined) return;
  const made = trace();
  for (const { listener } of subscriptions) listener(made);
}

// Ids rotated away in the last minute: a stream that reconnects with one is the browser itself,
// racing the login answer that carries its new cookie (or whoever else held the old id).
const retired = processMemo<true>("inspector-retired-ids", 10_000);
const RETIRED_MS = 60_000;

/** Whether `inspectorId` was rotated away recently (its streams should retry shortly). */
export function isRetiredInspectorId(inspectorId: string): boolean {
  return retired.get(inspectorId, Date.now()) === true;
}

/** The id was rotated away: it is remembered as retired, and its streams are ended. */
export function retireStreams(inspectorId: string, now: number): void {
  retired.set(inspectorId, true, now + RETIRED_MS);
  const subscriptions = listeners().get(inspectorId);
  listeners().delete(inspectorId);
  for (const { end } of subscriptions ?? []) end();
}
