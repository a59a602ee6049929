import { describe, expect, it } from "vitest";
import { authenticateUser, registerUser, toPublicUser } from "./users";

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
    const login = await authenticateUser({ username: "dora", password: "explorer-pass" });
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
    expect(await authenticateUser({ username: "frank", password: "wrong-password" })).toEqual({
      ok: false,
    });
    expect(await authenticateUser({ username: "nobody", password: "wrong-password" })).toEqual({
      ok: false,
    });
  });
});
