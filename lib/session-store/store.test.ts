import { describe, expect, it } from "vitest";
import { createMemorySessionStore } from "./memory";
import { reportingUnavailability, StoreUnavailableError, type SessionStore } from "./store";

describe("reportingUnavailability", () => {
  it("passes results through and turns any failure into StoreUnavailableError", async () => {
    const working = createMemorySessionStore();
    const broken: SessionStore = {
      ...working,
      kind: "redis",
      findWithUser: () => Promise.reject(new Error("The client is closed")),
    };
    const guarded = reportingUnavailability(broken);
    expect(guarded.kind).toBe("redis");
    expect(await guarded.listForUser(1)).toEqual([]);
    const failure = await guarded.findWithUser("x").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).message).toBe("The redis session store is unreachable.");
    expect((failure as Error).cause).toEqual(new Error("The client is closed"));
  });
});
