import { beforeEach, describe, expect, it } from "vitest";
import { config } from "@/config";
import { getDb } from "@/db/client";
import { recordInstanceBeat } from "@/db/queries/instances";
import { instances } from "@/db/schema";
import { ALIVE_WITHIN_MS, findRunningInstances, startHeartbeat } from "@/lib/lab/instances";

// Its own database (one per test file): the instances here are the only ones.

describe("the running instances", () => {
  beforeEach(async () => {
    await getDb().delete(instances);
  });

  it("are the ones that beat lately, this one marked as answering even before its first beat", async () => {
    const now = Date.now();
    await recordInstanceBeat("zz-stopped", 0, now - ALIVE_WITHIN_MS - 1);
    await recordInstanceBeat("zz-other", 0, now - ALIVE_WITHIN_MS);
    expect(await findRunningInstances(now)).toEqual([
      { name: config.instanceName, startedAt: expect.any(Number), answering: true },
      { name: "zz-other", startedAt: 0, answering: false },
    ]);
  });

  it("the heartbeat's first beat is written before it returns, with the process's start", async () => {
    await startHeartbeat();
    const [self] = await findRunningInstances();
    expect(self).toEqual({
      name: config.instanceName,
      startedAt: expect.any(Number),
      answering: true,
    });
    expect(self!.startedAt).toBeLessThanOrEqual(Date.now());
    expect(self!.startedAt).toBeGreaterThan(Date.now() - 10 * 60 * 1000);
    const rows = await getDb().select().from(instances);
    expect(rows.map((row) => row.name)).toEqual([config.instanceName]);
  });
});
