import { describe, expect, it } from "vitest";
import { authenticateUser, registerUser } from "@/lib/auth/authenticate";
import { toPublicUser } from "@/lib/users";

describe("registerUser and authenticateUser", () => {
  it("creates a user who can then log in; the public shape has no hash", async () => {
    const registered = await registerUser({
      username: "dora",
      displayName: "Dora",
      password: "explorer-pass",
    });
    expect(registered.ok).toBe(true);
    if (!registered.ok) return;
    expect(registered.user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(toPublicUser(registered.user)).toEqual({
      id: registered.user.id,
      username: "dora",
      displayName: "Dora",
      role: "user",
    });
    const login = await authenticateUser({ username: "dora", password: "explorer-pass" }, null);
    expect(login.ok && login.user.id).toBe(registered.user.id);
  });

  it("refuses a taken username as a value, not an exception", async () => {
    await registerUser({ username: "eve", displayName: "Eve", password: "first-password" });
    expect(
      await registerUser({ username: "eve", displayName: "Eve 2", password: "second-password" }),
    ).toEqual({
      ok: false,
      reason: "username_taken",
    });
  });

  it("answers the same for an unknown user and a wrong password", async () => {
    await registerUser({ username: "frank", displayName: "Frank", password: "right-password" });
    const invalid = { ok: false, reason: "invalid_credentials" };
    const wrong = "wrong-password";
    expect(await authenticateUser({ username: "frank", password: wrong }, null)).toEqual(invalid);
    expect(await authenticateUser({ username: "nobody", password: wrong }, null)).toEqual(invalid);
  });
});

describe("authenticateUser throttling", () => {
  it("throttles unknown and real usernames alike, so a 429 reveals nothing", async () => {
    await registerUser({ username: "grace", displayName: "Grace", password: "grace-password" });
    for (const username of ["grace", "ghost"]) {
      for (let i = 0; i < 6; i++) {
        const result = await authenticateUser(
          { username, password: "wrong" },
          { devices: new Map() },
        );
        expect(result).toEqual({ ok: false, reason: "invalid_credentials" });
      }
      expect(
        await authenticateUser({ username, password: "grace-password" }, { devices: new Map() }),
      ).toEqual({
        ok: false,
        reason: "throttled",
        retryAfterSeconds: 1,
      });
    }
  });
});
