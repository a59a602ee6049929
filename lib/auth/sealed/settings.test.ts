import { afterEach, describe, expect, it, vi } from "vitest";
import { findSealSettings } from "@/db/queries/seal";
import { getSealSettings, rotateSealPassword } from "@/lib/auth/sealed/settings";
import { createSealedSession, sealParts } from "@/lib/auth/sealed/tokens";
import { validateSealedSession } from "@/lib/auth/sealed/validation";
import { config } from "@/config";

const alice = { id: 7, username: "alice", displayName: "Alice", role: "user" } as const;
// Longer than any seal lives (the sealed session's ttl) plus every allowance for skew.
const wellPastEverySeal = config.sealed.ttlSeconds * 1000 + 10 * 60 * 1000;

/** Moves the real clock (Date only: timers keep running) to `at`. */
function realClockAt(at: number): void {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
}

afterEach(async () => {
  vi.useRealTimers();
});

describe("retention of previous seal passwords", () => {
  it("keeps one while a seal it made can be valid, then drops it", async () => {
    const start = Date.now();
    realClockAt(start);
    const { seal } = await createSealedSession(alice);
    const id = Number(sealParts(seal)!.passwordId);
    await rotateSealPassword();

    realClockAt(sealParts(seal)!.expiresAt - 1000);
    expect((await getSealSettings()).passwordIds).toContain(id);
    expect((await validateSealedSession(seal)).ok).toBe(true);

    realClockAt(start + wellPastEverySeal);
    expect((await getSealSettings()).passwordIds).not.toContain(id);
    // The next change writes the smaller ring, so the database holds no dead password either.
    await rotateSealPassword();
    expect(JSON.parse((await findSealSettings())!.passwordIds)).not.toContain(id);
  });

  it("rotating often does not pile passwords up", async () => {
    const start = Date.now();
    for (let i = 0; i < 12; i += 1) {
      realClockAt(start + i * wellPastEverySeal);
      await rotateSealPassword();
    }
    expect((await getSealSettings()).passwordIds.length).toBeLessThanOrEqual(2);
    expect(JSON.parse((await findSealSettings())!.passwordIds).length).toBeLessThanOrEqual(2);
  });

  it("a visitor's fast-forward clock ends their seal, never another visitor's", async () => {
    const { seal } = await createSealedSession(alice);
    const id = Number(sealParts(seal)!.passwordId);
    await rotateSealPassword();
    const farAhead = Date.now() + 400 * 24 * 60 * 60 * 1000;
    expect(await validateSealedSession(seal, Date.now(), farAhead)).toEqual({
      ok: false,
      reason: "seal_expired",
    });
    expect((await getSealSettings()).passwordIds).toContain(id);
    expect((await validateSealedSession(seal)).ok).toBe(true);
  });
});
