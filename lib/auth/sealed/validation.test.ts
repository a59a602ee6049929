import { describe, expect, it } from "vitest";
import { getQueryCount } from "@/db/client";
import {
  getSealSettings,
  retireSealPassword,
  rotateSealPassword,
} from "@/lib/auth/sealed/settings";
import { createSealedSession, sealParts } from "@/lib/auth/sealed/tokens";
import { validateSealedSession } from "@/lib/auth/sealed/validation";
import { config } from "@/config";

const alice = { id: 7, username: "alice", displayName: "Alice", role: "user" } as const;

describe("the sealed-cookie session", () => {
  it("seals the whole session into the cookie and unseals it with no query", async () => {
    const { seal, data } = await createSealedSession(alice);
    expect(seal).toMatch(/^Fe26\.2\*\d+\*/);
    expect(seal).not.toContain("Alice");
    expect(data).toMatchObject({ uid: 7, name: "Alice", role: "user" });
    expect(data.exp - data.iat).toBe(config.sealed.ttlSeconds);
    const before = getQueryCount();
    const first = await validateSealedSession(seal);
    const again = await validateSealedSession(seal);
    expect(getQueryCount() - before).toBe(0); // the server keeps nothing to look up
    expect(first).toMatchObject({ ok: true, cached: false, data });
    expect(again).toMatchObject({ ok: true, cached: true, data });
  });

  it("refuses a seal with any character changed, garbage and oversized values", async () => {
    const { seal } = await createSealedSession(alice);
    const parts = seal.split("*");
    parts[4] = (parts[4]![0] === "A" ? "B" : "A") + parts[4]!.slice(1);
    expect(await validateSealedSession(parts.join("*"))).toEqual({
      ok: false,
      reason: "seal_invalid",
    });
    for (const value of ["", "garbage", "Fe26.2*1*a*b*c*d*e*f~2", "*".repeat(40), "A".repeat(43)]) {
      expect(await validateSealedSession(value)).toEqual({ ok: false, reason: "seal_invalid" });
    }
    const huge = "A".repeat(config.limits.maxSealBytes + 1);
    expect(await validateSealedSession(huge)).toEqual({ ok: false, reason: "seal_too_large" });
  });

  it("judges its sealed expiry, also under the fast-forward clock (memo or not)", async () => {
    const { seal } = await createSealedSession(alice);
    await validateSealedSession(seal);
    const expiresAt = sealParts(seal)!.expiresAt;
    expect(await validateSealedSession(seal, Date.now(), expiresAt + 1)).toEqual({
      ok: false,
      reason: "seal_expired",
    });
  });

  it("rotation keeps old seals working; removing their password ends them at once", async () => {
    const before = await createSealedSession(alice);
    const oldId = sealParts(before.seal)!.passwordId;
    await rotateSealPassword();
    const after = await createSealedSession(alice);
    expect(Number(sealParts(after.seal)!.passwordId)).toBe(Number(oldId) + 1);
    expect((await validateSealedSession(before.seal)).ok).toBe(true); // memoised, and still valid
    expect(await retireSealPassword(Math.max(...(await getSealSettings()).passwordIds))).toEqual({
      ok: false,
      reason: "password_current",
    });
    expect((await retireSealPassword(Number(oldId))).ok).toBe(true);
    expect(await validateSealedSession(before.seal)).toEqual({
      ok: false,
      reason: "seal_password_retired",
    });
    expect((await validateSealedSession(after.seal)).ok).toBe(true);
    expect(await retireSealPassword(999)).toEqual({ ok: false, reason: "password_unknown" });
  });
});
