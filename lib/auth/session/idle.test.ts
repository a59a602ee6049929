import { describe, expect, it, vi } from "vitest";

// An idle TTL shorter than the old fixed one-minute write interval of last-seen, which let such
// sessions expire while in use (set before config loads).
vi.hoisted(() => {
  process.env.SESSION_IDLE_TTL = "20";
});

const { validateSessionToken } = await import("@/lib/auth/session/validation");
const { createSession, makeUser } = await import("@/lib/test/fixtures");

describe("idle expiry slides when SESSION_IDLE_TTL is under a minute", () => {
  it("a session used every 8 s of a 20 s idle timeout stays alive; left alone 21 s, it dies", async () => {
    const start = Date.now();
    const { token } = await createSession(
      (await makeUser()).id,
      { userAgent: null, ip: null },
      start,
    );
    for (let t = 8_000; t <= 48_000; t += 8_000) {
      expect((await validateSessionToken(token, start + t)).ok, `at ${t / 1000} s`).toBe(true);
    }
    const idle = await validateSessionToken(token, start + 48_000 + 21_000);
    expect(idle).toEqual({ ok: false, reason: "session_idle_expired" });
  });
});
