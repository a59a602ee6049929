import { describe, expect, it } from "vitest";
import { authenticateUser, registerUser } from "@/lib/auth/login/authenticate";
import type { LoginClient } from "@/lib/auth/login/throttle";
import { updateUser } from "@/db/queries/users";
import { toPublicUser } from "@/lib/users/public-user";

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

describe("a disabled account: right and wrong passwords look the same", () => {
  async function disabledAccount(username: string, password: string): Promise<void> {
    const registered = await registerUser({ username, displayName: username, password });
    if (!registered.ok) throw new Error("setup");
    await updateUser(registered.user.id, { disabledAt: new Date() });
  }

  /** A browser without a device cookie that records what the login would remember. */
  function recordingClient(): LoginClient & { remembered: string[] } {
    const remembered: string[] = [];
    return { devices: new Map(), remembered, remember: async (name) => void remembered.push(name) };
  }

  it("the right password neither remembers the device nor resets the budget", async () => {
    await disabledAccount("ivan", "ivan-password");
    const right = recordingClient();
    const wrong = recordingClient();
    for (let i = 0; i < 5; i++) await authenticateUser({ username: "ivan", password: "x" }, wrong);
    // The 6th attempt, with the right password: answered and counted as a wrong one.
    expect(await authenticateUser({ username: "ivan", password: "ivan-password" }, right)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    expect(right.remembered).toEqual([]);
    expect(await authenticateUser({ username: "ivan", password: "x" }, wrong)).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
  });
});
