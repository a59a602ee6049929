import { describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "@/lib/auth/session";
import { makeUser } from "@/lib/test/fixtures";
import { authenticateUser, registerUser } from "@/lib/users";
import { forceLogoutUser, listUsersForAdmin, updateUserAsAdmin } from "./admin";

const meta = { userAgent: null, ip: null };

describe("admin operations", () => {
  it("force logout ends every session of the user at once", () => {
    const user = makeUser();
    const tokens = [createSession(user.id, meta).token, createSession(user.id, meta).token];
    expect(listUsersForAdmin().find((u) => u.id === user.id)?.sessionCount).toBe(2);
    expect(forceLogoutUser(user.id)).toEqual({ ok: true, revoked: 2 });
    for (const token of tokens)
      expect(validateSessionToken(token)).toEqual({ ok: false, reason: "session_not_found" });
    expect(forceLogoutUser(987654)).toEqual({ ok: false, reason: "user_not_found" });
  });

  it("a role change is read by the next session validation", () => {
    const admin = makeUser({ role: "admin" });
    const user = makeUser();
    const { token } = createSession(user.id, meta);
    expect(updateUserAsAdmin(admin.id, user.id, { role: "admin" })).toMatchObject({
      ok: true,
      revoked: 0,
    });
    const next = validateSessionToken(token);
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
    const { token } = createSession(registered.user.id, meta);
    expect(updateUserAsAdmin(admin.id, registered.user.id, { disabled: true })).toMatchObject({
      ok: true,
      revoked: 1,
    });
    expect(validateSessionToken(token).ok).toBe(false);
    const login = { username: "henry", password: "henry-password" };
    expect(await authenticateUser(login, null)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    updateUserAsAdmin(admin.id, registered.user.id, { disabled: false });
    expect((await authenticateUser(login, null)).ok).toBe(true);
  });

  it("an admin cannot change their own account", () => {
    const admin = makeUser({ role: "admin" });
    expect(updateUserAsAdmin(admin.id, admin.id, { role: "user" })).toEqual({
      ok: false,
      reason: "cannot_change_self",
    });
    expect(updateUserAsAdmin(admin.id, 987654, { role: "user" })).toEqual({
      ok: false,
      reason: "user_not_found",
    });
  });
});
