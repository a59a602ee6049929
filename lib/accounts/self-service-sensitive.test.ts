import { describe, expect, it } from "vitest";
import { findRefreshFamily } from "@/db/queries/refresh-tokens";
import {
  revokeDevice,
  revokeOtherDevices,
  revokeOtherJwtLogins,
} from "@/lib/accounts/self-service";
import { startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { sessionHandle } from "@/lib/auth/session/devices";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { sessionFreshness } from "@/lib/auth/step-up/step-up";
import { proveFreshness } from "@/lib/auth/step-up/proof";
import { runInRequest } from "@/ground/context";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { freshProof } from "@/lib/test/step-up";

const meta = { userAgent: null, ip: null };
const MINUTE = 60_000;

describe("ending one's other devices (sensitive)", () => {
  it("a login older than the step-up age gets no proof, so it cannot end another device", async () => {
    const user = await makeUser();
    const stale = await createSession(user.id, meta, Date.now() - 20 * MINUTE);
    const now = Date.now();
    expect(proveFreshness(user.id, sessionFreshness(stale.session, now))).toBeNull();
    const other = await createSession(user.id, meta);
    const forged = { userId: user.id }; // not minted by step-up.ts
    await expect(
      revokeDevice(forged, stale.session, sessionHandle(other.session.id)),
    ).rejects.toThrow("without fresh authentication");
    await expect(revokeOtherDevices(forged, stale.session)).rejects.toThrow();
    expect((await validateSessionToken(other.token)).ok).toBe(true);
  });

  it("a proof is the user's own, and serves only the request that minted it", async () => {
    const [user, stranger] = [await makeUser(), await makeUser()];
    const here = await createSession(user.id, meta);
    const other = await createSession(user.id, meta);
    await expect(revokeOtherDevices(freshProof(stranger.id), here.session)).rejects.toThrow();
    const earlier = runInRequest(() => freshProof(user.id));
    await expect(revokeOtherDevices(earlier, here.session)).rejects.toThrow();
    await expect(runInRequest(() => revokeOtherDevices(earlier, here.session))).rejects.toThrow();
    expect((await validateSessionToken(other.token)).ok).toBe(true);
    await expect(
      runInRequest(() => revokeOtherDevices(freshProof(user.id), here.session)),
    ).resolves.toEqual({ ok: true, revoked: 1 });
  });

  it("ends one other device by its handle, or all others, and keeps this one", async () => {
    const [user, stranger] = [await makeUser(), await makeUser()];
    const here = await createSession(user.id, meta);
    const there = await createSession(user.id, meta);
    const theirs = await createSession(stranger.id, meta);
    const proof = freshProof(user.id);
    expect(await revokeDevice(proof, here.session, sessionHandle(theirs.session.id))).toEqual({
      ok: false,
      reason: "session_not_found",
    });
    expect(await revokeDevice(proof, here.session, sessionHandle(there.session.id))).toEqual({
      ok: true,
    });
    expect((await validateSessionToken(there.token)).ok).toBe(false);
    expect((await validateSessionToken(theirs.token)).ok).toBe(true);
    await createSession(user.id, meta);
    await createSession(user.id, meta);
    expect(await revokeOtherDevices(proof, here.session)).toEqual({ ok: true, revoked: 2 });
    expect((await validateSessionToken(here.token)).ok).toBe(true);
  });

  it("two devices ending each other at once: one wins and stays logged in", async () => {
    for (const oneByOne of [false, true]) {
      const user = await makeUser();
      const [a, b] = [await createSession(user.id, meta), await createSession(user.id, meta)];
      const proof = freshProof(user.id);
      const answers = await Promise.all(
        oneByOne
          ? [
              revokeDevice(proof, a.session, sessionHandle(b.session.id)),
              revokeDevice(proof, b.session, sessionHandle(a.session.id)),
            ]
          : [revokeOtherDevices(proof, a.session), revokeOtherDevices(proof, b.session)],
      );
      const alive = [
        (await validateSessionToken(a.token)).ok,
        (await validateSessionToken(b.token)).ok,
      ];
      expect(alive.filter(Boolean)).toHaveLength(1);
      expect(answers.filter((answer) => answer.ok)).toHaveLength(1);
      expect(answers.find((answer) => !answer.ok)).toEqual({ ok: false, reason: "caller_gone" });
    }
  });
});

describe("logging out one's other JWT logins (sensitive)", () => {
  const live = async (familyId: string): Promise<boolean> =>
    (await findRefreshFamily(familyId)).some((row) => row.revokedAt === null);

  it("from two logins at once: one wins and keeps its login; the loser ends nothing", async () => {
    const user = await makeUser();
    const now = Date.now();
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => startRefreshFamily(user.id, now, {})));
    const proof = freshProof(user.id);
    // Both requests verified their access tokens; then each ends the other's family.
    expect(await revokeOtherJwtLogins(proof, a!.familyId)).toEqual({ ok: true, ended: 2 });
    expect(await revokeOtherJwtLogins(proof, b!.familyId)).toEqual({
      ok: false,
      reason: "caller_gone",
    });
    expect(await Promise.all([a, b, c].map((family) => live(family!.familyId)))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("needs a fresh authentication minted by the step-up module", async () => {
    const user = await makeUser();
    const [a, b] = await Promise.all([0, 1].map(() => startRefreshFamily(user.id, Date.now(), {})));
    const forged = { userId: user.id };
    await expect(revokeOtherJwtLogins(forged, a!.familyId)).rejects.toThrow(
      "without fresh authentication",
    );
    expect(await live(b!.familyId)).toBe(true);
  });
});
