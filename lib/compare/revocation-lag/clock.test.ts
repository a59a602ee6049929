import { describe, expect, it } from "vitest";
import { advanceClock, stopClock, watchUntil, whyKey, WATCH_MS, type LagClock } from "./clock";
import { roleOf, stillWorks, type LagReplay, type LagRun } from "./types";

const EVENT_AT = 1_000_000;

function runOf(overrides: Partial<LagRun> = {}): LagRun {
  return {
    event: "logout",
    eventAt: EVENT_AT,
    copies: {
      session: { handle: "s".repeat(16), expiresAt: null },
      sealed: { handle: "c".repeat(16), expiresAt: EVENT_AT + 7 * 24 * 3600 * 1000 },
      jwt: { handle: "j".repeat(16), expiresAt: EVENT_AT + 300_000 },
    },
    before: { session: 200, sealed: 200, jwt: 200 },
    first: {
      session: { status: 401, at: EVENT_AT + 30, role: null, queries: 1 },
      sealed: { status: 200, at: EVENT_AT + 30, role: "user", queries: 0 },
      jwt: { status: 200, at: EVENT_AT + 30, role: "user", queries: 0 },
    },
    strategy: "none",
    cookieCacheSeconds: 0,
    roleBefore: "user",
    ...overrides,
  };
}

const replay = (secondsAfter: number, status = 200, role: string | null = "user"): LagReplay => ({
  status,
  at: EVENT_AT + secondsAfter * 1000,
  role,
  queries: 0,
});

const WAITING: LagClock = { phase: "waiting" };

describe("the revocation-lag clock", () => {
  it("counts the seconds a copy is still accepted, then stops at its first refusal", () => {
    const run = runOf();
    let clock = advanceClock(WAITING, run, "jwt", replay(0.05));
    expect(clock).toMatchObject({ phase: "accepted", seconds: 0 });
    clock = advanceClock(clock, run, "jwt", replay(37.4));
    expect(clock).toMatchObject({ phase: "accepted", seconds: 37 });
    clock = advanceClock(clock, run, "jwt", replay(300.2, 401, null));
    expect(clock).toMatchObject({ phase: "refused", seconds: 300, status: 401 });
    // decided: later answers change nothing
    expect(advanceClock(clock, run, "jwt", replay(301))).toBe(clock);
  });

  it("a copy refused at the first replay reads 0 s", () => {
    expect(advanceClock(WAITING, runOf(), "session", replay(0.04, 401, null))).toMatchObject({
      phase: "refused",
      seconds: 0,
    });
  });

  it("stops watching a seal that lasts days after a few minutes, and a token after its exp", () => {
    const run = runOf();
    expect(watchUntil(run, "sealed")).toBe(EVENT_AT + WATCH_MS);
    expect(watchUntil(run, "jwt")).toBe(EVENT_AT + 302_000);
    expect(watchUntil(run, "session")).toBe(EVENT_AT + WATCH_MS);
    const capped = advanceClock(WAITING, run, "sealed", replay(WATCH_MS / 1000));
    expect(capped).toMatchObject({ phase: "capped", seconds: WATCH_MS / 1000 });
  });

  it("after a role change, a copy works as long as it still says the old role", () => {
    const run = runOf({ event: "role_change", roleBefore: "admin" });
    expect(stillWorks(run, replay(1, 200, "admin"))).toBe(true);
    expect(stillWorks(run, replay(1, 200, "user"))).toBe(false);
    const clock = advanceClock(WAITING, run, "session", replay(0.1, 200, "user"));
    expect(clock).toMatchObject({ phase: "refused", status: 200, role: "user" });
    expect(whyKey(clock, run, "session")).toBe("sessionRole");
  });

  it("a page hidden stops the clocks still running, not the decided ones", () => {
    const run = runOf();
    const refused: LagClock = { phase: "refused", seconds: 0, status: 401, role: null, queries: 1 };
    expect(stopClock(refused, run, EVENT_AT + 9000)).toBe(refused);
    expect(stopClock(WAITING, run, EVENT_AT + 9000)).toEqual({ phase: "stopped", seconds: 9 });
  });

  it("says why by what was measured: the cache's lag, the deny-list, the token-version, the exp", () => {
    const refusedAt = (seconds: number): LagClock => ({
      phase: "refused",
      seconds,
      status: 401,
      role: null,
      queries: 2,
    });
    expect(whyKey(refusedAt(0), runOf(), "session")).toBe("session_logout");
    expect(whyKey(refusedAt(3), runOf({ cookieCacheSeconds: 5 }), "session")).toBe("sessionCached");
    expect(whyKey(refusedAt(0), runOf({ strategy: "denylist" }), "jwt")).toBe("jwtDenylist");
    expect(whyKey(refusedAt(0), runOf({ strategy: "token-version" }), "jwt")).toBe("jwtVersion");
    expect(whyKey(refusedAt(300), runOf(), "jwt")).toBe("jwtExpired");
    const accepted: LagClock = { phase: "accepted", seconds: 4, role: "user", queries: 0 };
    expect(whyKey(accepted, runOf(), "jwt")).toBe("jwtNone");
    expect(whyKey(accepted, runOf({ event: "disable" }), "sealed")).toBe("sealed");
    expect(whyKey(accepted, runOf({ event: "role_change" }), "jwt")).toBe("jwtRole");
  });

  it("reads the role from any area's answer, and nothing from anything else", () => {
    expect(roleOf({ user: { role: "admin" } })).toBe("admin");
    expect(roleOf({ error: "unauthenticated" })).toBeNull();
    expect(roleOf("not json")).toBeNull();
    expect(roleOf(null)).toBeNull();
  });
});
