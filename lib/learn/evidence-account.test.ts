import { beforeEach, describe, expect, it, vi } from "vitest";
import { StoreUnavailableError } from "@/lib/session-store/store";

// The account and the logins are the compare view's and the login's own (tested there); here,
// what the FAQ's one click makes of each of their answers.
const calls = vi.hoisted(() => ({
  account: vi.fn(),
  logins: [vi.fn(), vi.fn(), vi.fn()],
  rotations: 0,
}));

vi.mock("@/lib/compare/lab-account", () => ({ createLabAccount: calls.account }));
vi.mock("@/lib/auth/login/login", () => ({
  logInWithSession: calls.logins[0],
  logInWithSealed: calls.logins[1],
  logInWithJwt: calls.logins[2],
}));
vi.mock("@/lib/inspect/rotate-id", () => ({
  rotateInspectorId: async () => {
    calls.rotations += 1;
  },
}));

const { signInEverywhere } = await import("@/lib/learn/evidence-account");

const credentials = { username: "lab-0123456789", password: "x".repeat(32) };

beforeEach(() => {
  calls.account.mockReset().mockResolvedValue({ ok: true, credentials });
  for (const login of calls.logins) login.mockReset().mockResolvedValue({ ok: true });
  calls.rotations = 0;
});

describe("the FAQ's one click", () => {
  it("logs the new account in to all three areas, a new inspector id after each", async () => {
    expect(await signInEverywhere("203.0.113.7")).toEqual({ ok: true });
    expect(calls.account).toHaveBeenCalledWith("203.0.113.7");
    for (const login of calls.logins) expect(login).toHaveBeenCalledWith(credentials);
    expect(calls.rotations).toBe(3);
  });

  for (const reason of ["throttled", "lab_full", "lab_unavailable"] as const) {
    it(`passes on the account's refusal (${reason}) with its wait, logging nothing in`, async () => {
      calls.account.mockResolvedValue({ ok: false, reason, retryAfterSeconds: 600 });
      expect(await signInEverywhere(null)).toEqual({ ok: false, reason, retryAfterSeconds: 600 });
      for (const login of calls.logins) expect(login).not.toHaveBeenCalled();
    });
  }

  it("says the store is away when making the account finds it so (not an error page)", async () => {
    calls.account.mockRejectedValue(
      new StoreUnavailableError("redis", new Error("connection refused")),
    );
    expect(await signInEverywhere(null)).toMatchObject({ ok: false, reason: "store_unavailable" });
  });

  it("says the store is away when a login cannot keep its session, and stops there", async () => {
    calls.logins[0]!.mockResolvedValue({ ok: false, reason: "store_unavailable" });
    expect(await signInEverywhere(null)).toMatchObject({ ok: false, reason: "store_unavailable" });
    expect(calls.logins[1]).not.toHaveBeenCalled();
  });

  it("passes on a login's throttle with its wait", async () => {
    calls.logins[2]!.mockResolvedValue({ ok: false, reason: "throttled", retryAfterSeconds: 30 });
    expect(await signInEverywhere(null)).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 30,
    });
  });

  it("any other failed login is 'failed', never a thrown error", async () => {
    calls.logins[1]!.mockResolvedValue({ ok: false, reason: "session_limit", limit: 3 });
    expect(await signInEverywhere(null)).toMatchObject({ ok: false, reason: "failed" });
  });

  it("a bug (anything but the store being away) still throws", async () => {
    calls.account.mockRejectedValue(new Error("a random lab account name collided"));
    await expect(signInEverywhere(null)).rejects.toThrow("collided");
  });
});
