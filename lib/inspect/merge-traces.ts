import type { Trace } from "@/lib/inspect/trace";

/** How many traces a browser keeps on screen (as many as the server keeps for it). */
export const TRACES_SHOWN = 50;

/**
 * A snapshot of this browser's traces (`/api/inspect/recent`) with the traces the live stream
 * delivered while that snapshot was on its way, newest first: the snapshot is the server's list
 * when it answered, and a request made right then — a reconnect fetches a snapshot while the next
 * request is already answered — must not vanish from the screen because the older list arrived last.
 */
export function withStreamedSince(snapshot: Trace[], streamedSince: Trace[]): Trace[] {
  const known = new Set(snapshot.map((trace) => trace.id));
  const newer = streamedSince.filter((trace) => !known.has(trace.id)).reverse();
  return [...newer, ...snapshot].slice(0, TRACES_SHOWN);
}
