import { describe, expect, it } from "vitest";
import type { Trace } from "@/lib/inspect/trace";
import { withStreamedSince } from "./merge-traces";

const trace = (id: string): Trace => ({ id }) as Trace;
const ids = (traces: Trace[]): string[] => traces.map((t) => t.id);

describe("a snapshot of the traces, and what the stream delivered meanwhile", () => {
  it("keeps a trace streamed while the older snapshot was on its way (newest first)", () => {
    // The snapshot knew the session request; the sealed and JWT ones streamed in after it.
    const snapshot = [trace("session")];
    expect(ids(withStreamedSince(snapshot, [trace("sealed"), trace("jwt")]))).toEqual([
      "jwt",
      "sealed",
      "session",
    ]);
  });

  it("shows a trace once when the snapshot knew it too, and keeps at most 50", () => {
    const snapshot = Array.from({ length: 50 }, (_, i) => trace(`t${i}`));
    expect(ids(withStreamedSince(snapshot, [trace("t0"), trace("new")]))).toEqual([
      "new",
      ...ids(snapshot).slice(0, 49),
    ]);
  });
});
