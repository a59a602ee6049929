import { describe, expect, it } from "vitest";
import { findUserById } from "@/db/queries/users";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession } from "@/lib/test/fixtures";
import { makeUser } from "@/lib/test/fixtures";
import { freshProof } from "@/lib/test/step-up";
import { authenticateUser, registerUser } from "@/lib/auth/login/authenticate";
import { getSealSettings } from "@/lib/auth/sealed/settings";
import {
  forceLogoutUser,
  listUsersForAdmin,
  setCookieCacheAsAdmin,
  updateUserAsAdmin,
} from "./admin";

const meta = { userAgent: null, ip: null };

describe("admin operations", () => {
  it("force logout ends every session of the user at once", async () => {
    const admin = freshProof((await makeUser({ role: "admin" })).id);
    const user = await makeUser();
    const tokens = [
      (await createSession(user.id, meta)).token,
      (await createSession(user.id, meta)).token,
    ];
    expect((await listUsersForAdmin()).find((u) => u.id === user.id)?.sessionCount).toBe(2);
    expect(await forceLogoutUser(admin, user.id)).toEqual({ ok: true, revoked: 2 });
    for (const token of tokens)
      expect(await validateSessionToken(token)).toEqual({ ok: false, reason: "session_not_found" });
    expect(await forceLogoutUser(admin, 987654)).toEqual({ ok: false, reason: "user_not_found" });
  });

  it("a role change is read by the next session validation", async () => {
    const admin = await makeUser({ role: "admin" });
    const user = await makeUser();
    const { token } = await createSession(user.id, meta);
    expect(await updateUserAsAdmin(freshProof(admin.id), user.id, { role: "admin" })).toMatchObject(
      { ok: true, revoked: 0 },
    );
    const next = await validateSessionToken(token);
    expect(next.ok && next.user.role).toBe("admin");
  });

  it("disabling revokes sessions and refuses logins; enabling restores logins", async () => {
    const admin = freshProof((await makeUser({ role: "admin" })).id);
    const registered = await registerUser({
      username: "henry",
      displayName: "Henry",
      password: "henry-password",
    });
    if (!registered.ok) throw new Error("setup");
    const { token } = await createSession(registered.user.id, meta);
    expect(await updateUserAsAdmin(admin, registered.user.id, { disabled: true })).toMatchObject({
      ok: true,
      revoked: 1,
    });
    expect((await validateSessionToken(token)).ok).toBe(false);
    const login = { username: "henry", password: "henry-password" };
    expect(await authenticateUser(login, null)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    await updateUserAsAdmin(admin, registered.user.id, { disabled: false });
    expect((await authenticateUser(login, null)).ok).toBe(true);
  });

  it("an admin cannot change their own account", async () => {
    const admin = freshProof((await makeUser({ role: "admin" })).id);
    expect(await updateUserAsAdmin(admin, admin.userId, { role: "user" })).toEqual({
      ok: false,
      reason: "cannot_change_self",
    });
    expect(await updateUserAsAdmin(admin, 987654, { role: "user" })).toEqual({
      ok: false,
      reason: "user_not_found",
    });
  });

  it("nothing happens without a fresh authentication minted by the step-up module", async () => {
    const admin = await makeUser({ role: "admin" });
    const user = await makeUser();
    const { token } = await createSession(user.id, meta);
    const forged = { userId: admin.id };
    await expect(forceLogoutUser(forged, user.id)).rejects.toThrow("without fresh authentication");
    await expect(updateUserAsAdmin(forged, user.id, { disabled: true })).rejects.toThrow();
    expect((await validateSessionToken(token)).ok).toBe(true);
    expect((await findUserById(user.id))?.disabledAt).toBeNull();
  });

  it("a fresh proof of someone who is no longer an admin does nothing", async () => {
    const demoted = await makeUser({ role: "user" });
    const user = await makeUser();
    await createSession(user.id, meta);
    const proof = freshProof(demoted.id);
    expect(await forceLogoutUser(proof, user.id)).toEqual({ ok: false, reason: "forbidden" });
    expect(await updateUserAsAdmin(proof, user.id, { role: "admin" })).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect((await findUserById(user.id))?.role).toBe("user");
  });

  it("the session cookie cache (how long a revoked session still works) is an admin's, checked at the write", async () => {
    const before = (await getSealSettings()).cookieCacheSeconds;
    const demoted = await makeUser({ role: "user" });
    const forged = { userId: (await makeUser({ role: "admin" })).id };
    await expect(setCookieCacheAsAdmin(forged, 300)).rejects.toThrow(
      "without fresh authentication",
    );
    expect(await setCookieCacheAsAdmin(freshProof(demoted.id), 300)).toEqual({
      ok: false,
      reason: "forbidden",
    });
    expect((await getSealSettings()).cookieCacheSeconds).toBe(before);
    const admin = await makeUser({ role: "admin" });
    expect(await setCookieCacheAsAdmin(freshProof(admin.id), 7)).toMatchObject({
      ok: true,
      settings: { cookieCacheSeconds: 7 },
    });
    await setCookieCacheAsAdmin(freshProof(admin.id), before);
  });
});

describe("admins demoting each other", () => {
  it("at once: one wins, the other is no longer an admin when its write lands", async () => {
    const [a, b] = [await makeUser({ role: "admin" }), await makeUser({ role: "admin" })];
    // Both were admins (and fresh) when their requests began; the writes race.
    const results = await Promise.all([
      updateUserAsAdmin(freshProof(a.id), b.id, { role: "user" }),
      updateUserAsAdmin(freshProof(b.id), a.id, { disabled: true }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toEqual({ ok: false, reason: "forbidden" });
  });
});
