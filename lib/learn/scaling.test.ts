import { describe, expect, it } from "vitest";
import { JWT_CONFIG_CHECK_INTERVAL_MS } from "@/lib/auth/jwt/config-version";
import { startSession } from "@/lib/auth/session/tokens";
import { config } from "@/config";
import { getSessionStore } from "@/lib/session-store";
import { makeUser } from "@/lib/test/fixtures";
import {
  JWT_CHANGE_REACH_SECONDS,
  STORE_REACH,
  runningTopology,
  storeInUse,
} from "@/lib/learn/scaling";

describe("the scaling-out page's facts about this server", () => {
  it("names the store the process actually runs (SESSION_STORE's choice), and counts its sessions", async () => {
    const before = await storeInUse();
    expect(before.kind).toBe(getSessionStore().kind);
    expect(before.kind).toBe(config.session.store);
    await startSession((await makeUser()).id, { userAgent: "vitest", ip: null });
    expect((await storeInUse()).sessions).toBe((before.sessions ?? 0) + 1);
  });

  it("says how far each store can be shared: one process, one machine, any machine", async () => {
    expect(STORE_REACH).toEqual({ memory: "process", sqlite: "machine", redis: "network" });
  });

  it("says the SQL store reaches any machine when its table is in PostgreSQL, one machine in SQLite", async () => {
    const { kind, reach, database } = await storeInUse();
    expect(database).toBe(process.env.DATABASE_URL === undefined ? "sqlite" : "postgres");
    if (kind === "sqlite") expect(reach).toBe(database === "postgres" ? "database" : "machine");
  });

  it("gives the bound an admin's JWT change takes to reach the other instances, from the timer", async () => {
    expect(JWT_CHANGE_REACH_SECONDS * 1000).toBe(JWT_CONFIG_CHECK_INTERVAL_MS);
  });

  it("says what runs now: this instance, answering, its database (SQLite unless DATABASE_URL) and SESSION_STORE's store", async () => {
    expect(await runningTopology()).toEqual({
      instances: [{ name: config.instanceName, startedAt: expect.any(Number), answering: true }],
      database: process.env.DATABASE_URL === undefined ? "sqlite" : "postgres",
      sessionStore: config.session.store,
    });
  });
});
