import { describe, expect, it } from "vitest";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession } from "@/lib/test/fixtures";
import { makeUser } from "@/lib/test/fixtures";
import { authenticateUser, registerUser } from "@/lib/auth/authenticate";
import { forceLogoutUser, listUsersForAdmin, updateUserAsAdmin } from "./admin";

const meta = { userAgent: null, ip: null };

describe("admin operations", () => {
  it("force logout ends every session of the user at once", async () => {
    const user = makeUser();
    const tokens = [
      (await createSession(user.id, meta)).token,
      (await createSession(user.id, meta)).token,
    ];
    expect((await listUsersForAdmin()).find((u) => u.id === user.id)?.sessionCount).toBe(2);
    expect(await forceLogoutUser(user.id)).toEqual({ ok: true, revoked: 2 });
    for (const token of tokens)
      expect(await validateSessionToken(token)).toEqual({ ok: false, reason: "session_not_found" });
    expect(await forceLogoutUser(987654)).toEqual({ ok: false, reason: "user_not_found" });
  });

  it("a role change is read by the next session validation", async () => {
    const admin = makeUser({ role: "admin" });
    const user = makeUser();
    const { token } = await createSession(user.id, meta);
    expect(await updateUserAsAdmin(admin.id, user.id, { role: "admin" })).toMatchObject({
      ok: true,
      revoked: 0,
    });
    const next = await validateSessionToken(token);
    expect(next.ok && next.user.role).toBe("admin");
  });

  it("disabling revokes sessions and refuses logins; enabling restores logins", async () => {
    const admin = makeUser({ role: "admin" });
    const registered = await registerUser({
      username: "henry",
      displayName: "Henry",
      password: "henry-password",
    });
    if (!registered.ok) throw new Error("setup");
    const { token } = await createSession(registered.user.id, meta);
    expect(await updateUserAsAdmin(admin.id, registered.user.id, { disabled: true })).toMatchObject(
      {
        ok: true,
        revoked: 1,
      },
    );
    expect((await validateSessionToken(token)).ok).toBe(false);
    const login = { username: "henry", password: "henry-password" };
    expect(await authenticateUser(login, null)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    await updateUserAsAdmin(admin.id, registered.user.id, { disabled: false });
    expect((await authenticateUser(login, null)).ok).toBe(true);
  });

  it("an admin cannot change their own account", async () => {
    const admin = makeUser({ role: "admin" });
    expect(await updateUserAsAdmin(admin.id, admin.id, { role: "user" })).toEqual({
      ok: false,
      reason: "cannot_change_self",
    });
    expect(await updateUserAsAdmin(admin.id, 987654, { role: "user" })).toEqual({
      ok: false,
      reason: "user_not_found",
    });
  });
});
