import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import {
  deleteInstancesSeenBefore,
  findInstancesSeenSince,
  recordInstanceBeat,
} from "@/db/queries/instances";
import { instances } from "@/db/schema";

// Its own database (one per test file): the instances here are the only ones.

describe("the instances sharing the database", () => {
  beforeEach(async () => {
    await getDb().delete(instances);
  });

  it("a beat makes an instance's row, the next one keeps it fresh", async () => {
    await recordInstanceBeat("a", 1_000, 1_000);
    await recordInstanceBeat("a", 1_000, 6_000);
    expect(await findInstancesSeenSince(0)).toEqual([
      { name: "a", startedAt: 1_000, lastSeenAt: 6_000 },
    ]);
  });

  it("a name that restarts takes its new start", async () => {
    await recordInstanceBeat("a", 1_000, 6_000);
    await recordInstanceBeat("a", 9_000, 9_000);
    expect(await findInstancesSeenSince(0)).toEqual([
      { name: "a", startedAt: 9_000, lastSeenAt: 9_000 },
    ]);
  });

  it("lists only the instances seen since the given time, by name", async () => {
    await recordInstanceBeat("c", 0, 20_000);
    await recordInstanceBeat("a", 0, 15_000);
    await recordInstanceBeat("b", 0, 14_999);
    expect((await findInstancesSeenSince(15_000)).map((row) => row.name)).toEqual(["a", "c"]);
  });

  it("forgets the instances not seen for long, and counts them", async () => {
    await recordInstanceBeat("old", 0, 1_000);
    await recordInstanceBeat("new", 0, 5_000);
    expect(await deleteInstancesSeenBefore(5_000)).toBe(1);
    expect((await findInstancesSeenSince(0)).map((row) => row.name)).toEqual(["new"]);
  });
});
