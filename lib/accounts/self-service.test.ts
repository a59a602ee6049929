import { describe, expect, it } from "vitest";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";
import { authenticateUser, registerUser } from "@/lib/auth/login/authenticate";
import { freshProof } from "@/lib/test/step-up";
import { changePassword, revokeOtherDevices } from "./self-service";

describe("changePassword", () => {
  it("needs the current password, then rotates this session and ends the others", async () => {
    const registered = await registerUser({
      username: "ingrid",
      displayName: "Ingrid",
      password: "old-passphrase",
    });
    if (!registered.ok) throw new Error("setup");
    const user = toPublicUser(registered.user);
    const meta = { userAgent: null, ip: null };
    const here = await createSession(user.id, meta);
    const there = await createSession(user.id, meta);
    const input = {
      currentPassword: "old-passphrase",
      newPassword: "new-passphrase",
      logoutOthers: true,
    };

    expect(
      await changePassword(user, here.session, { ...input, currentPassword: "wrong" }, null, meta),
    ).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    const result = await changePassword(user, here.session, input, null, meta);
    expect(result).toMatchObject({ ok: true, revokedOthers: 1 });
    expect((await validateSessionToken(here.token)).ok).toBe(false);
    expect((await validateSessionToken(there.token)).ok).toBe(false);
    expect(result.ok && (await validateSessionToken(result.token)).ok).toBe(true);
    expect(
      (await authenticateUser({ username: "ingrid", password: "new-passphrase" }, null)).ok,
    ).toBe(true);
    expect(
      (await authenticateUser({ username: "ingrid", password: "old-passphrase" }, null)).ok,
    ).toBe(false);
  });
});

describe("changePassword racing another device", () => {
  it("ends every other session even when another device ended this one while the hash ran", async () => {
    const registered = await registerUser({
      username: "jonas",
      displayName: "Jonas",
      password: "old-passphrase",
    });
    if (!registered.ok) throw new Error("setup");
    const user = toPublicUser(registered.user);
    const meta = { userAgent: null, ip: null };
    const owner = await createSession(user.id, meta);
    // Whoever learned the old password, logged in on their own device a moment ago.
    const thief = await createSession(user.id, meta);
    const input = {
      currentPassword: "old-passphrase",
      newPassword: "new-passphrase",
      logoutOthers: true,
    };
    const [changed] = await Promise.all([
      changePassword(user, owner.session, input, null, meta),
      revokeOtherDevices(freshProof(user.id), thief.session),
    ]);
    expect(changed.ok).toBe(true);
    expect(changed.ok && (await validateSessionToken(changed.token)).ok).toBe(true);
    expect((await validateSessionToken(thief.token)).ok).toBe(false);
  });
});
