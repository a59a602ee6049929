import { describe, expect, it } from "vitest";
import { config } from "@/config";
import {
  beginLoginAttempt,
  beginSignupAttempt,
  settleLoginAttempt,
  type LoginClient,
} from "./throttle";

let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}-${Math.random().toString(36).slice(2)}`;

/** A client without a device cookie, at this address (as server.mjs pins it). */
function at(address: string | null): LoginClient {
  return { devices: new Map(), address };
}
/** A browser that logged in to `username` before (it holds a device cookie for it). */
const knownDevice = (username: string, address: string | null = null): LoginClient => ({
  devices: new Map([[username, fresh("device")]]),
  address,
});
const { clientMaxFailures, clientWindowSeconds } = config.loginThrottle;

/** One failed attempt, as authenticateUser makes it. */
async function fail(username: string, client: LoginClient | null, now: number) {
  const decision = await beginLoginAttempt(username, client, now);
  if (decision.allowed) await settleLoginAttempt(username, client, false);
  return decision;
}

describe("per-account throttle (clients without a device cookie)", () => {
  it("allows 5 failures, then makes each further attempt wait 1 s, 2 s, 4 s…", async () => {
    const user = fresh("acct");
    const t = 1_000_000;
    for (let i = 0; i < 5; i++)
      expect(await fail(user, at(fresh("ip")), t)).toEqual({ allowed: true });
    expect(await fail(user, at(fresh("ip")), t)).toEqual({ allowed: true }); // 6th failure: now blocked 1 s
    expect(await beginLoginAttempt(user, at(fresh("ip")), t)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(await fail(user, at(fresh("ip")), t + 1000)).toEqual({ allowed: true }); // 7th: blocked 2 s
    expect(await beginLoginAttempt(user, at(fresh("ip")), t + 1000)).toEqual({
      allowed: false,
      retryAfterSeconds: 2,
    });
  });

  it("refuses even the right password while blocked, and caps the wait at 15 minutes", async () => {
    const user = fresh("acct");
    let t = 0;
    for (let i = 0; i < 30; i++) {
      const decision = await fail(user, null, t);
      if (!decision.allowed) t += decision.retryAfterSeconds * 1000;
    }
    const blocked = await beginLoginAttempt(user, null, t);
    expect(blocked.allowed).toBe(false);
    expect(!blocked.allowed && blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("clears on success and forgets an hour after the last failure: no lockout for good", async () => {
    const user = fresh("acct");
    for (let i = 0; i < 6; i++) await fail(user, null, 0);
    expect((await beginLoginAttempt(user, null, 0)).allowed).toBe(false);
    expect((await beginLoginAttempt(user, null, 60 * 60 * 1000 + 1)).allowed).toBe(true);
    await settleLoginAttempt(user, null, true);
    for (let i = 0; i < 5; i++)
      expect((await fail(user, null, 60 * 60 * 1000 + 2)).allowed).toBe(true);
  });

  it("counts an attempt before the password check, so parallel attempts cannot slip through", async () => {
    const user = fresh("acct");
    const decisions = await Promise.all(
      Array.from({ length: 20 }, () => beginLoginAttempt(user, null, 5)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(6);
  });
});

describe("a throttle is not a lock", () => {
  it("while strangers keep an account throttled, its owner's known device still logs in", async () => {
    const user = fresh("admin");
    for (let i = 0; i < 12; i++) await fail(user, at(fresh("attacker")), 0);
    expect((await beginLoginAttempt(user, at(fresh("attacker")), 0)).allowed).toBe(false);
    const owner = knownDevice(user);
    expect(await beginLoginAttempt(user, owner, 0)).toEqual({ allowed: true });
    await settleLoginAttempt(user, owner, true, 0);
    // Strangers are still throttled: the owner's success reset only the device's own budget.
    expect((await beginLoginAttempt(user, at(fresh("attacker")), 0)).allowed).toBe(false);
  });

  it("a known device has a budget of its own: its failures throttle it, not the owner elsewhere", async () => {
    const user = fresh("acct");
    const device = knownDevice(user);
    for (let i = 0; i < 6; i++) await fail(user, device, 0);
    expect((await beginLoginAttempt(user, device, 0)).allowed).toBe(false);
    expect((await beginLoginAttempt(user, at(fresh("ip")), 0)).allowed).toBe(true);
    // A device cookie for another account earns nothing here.
    expect((await beginLoginAttempt(fresh("other"), device, 0)).allowed).toBe(true);
  });

  it("does not count successful logins", async () => {
    const client = at(fresh("ip"));
    const user = fresh("user");
    for (let i = 0; i < 100; i++) {
      expect((await beginLoginAttempt(user, client, 0)).allowed).toBe(true);
      await settleLoginAttempt(user, client, true, 0);
    }
  });
});

describe("password spraying: a budget per client address across accounts", () => {
  it("slows one address trying one password across many accounts", async () => {
    const sprayer = at(fresh("ip"));
    for (let i = 0; i < clientMaxFailures; i++)
      expect((await fail(fresh("victim"), sprayer, 0)).allowed).toBe(true);
    expect(await beginLoginAttempt(fresh("victim"), sprayer, 1000)).toEqual({
      allowed: false,
      retryAfterSeconds: clientWindowSeconds - 1,
    });
    // Another address is not slowed by it.
    expect((await beginLoginAttempt(fresh("victim"), at(fresh("ip")), 1000)).allowed).toBe(true);
  });

  it("slows, never locks: strangers behind the address wait at most one window", async () => {
    const nat = at(fresh("nat"));
    for (let i = 0; i < clientMaxFailures; i++) await fail(fresh("victim"), nat, 0);
    const refused = await beginLoginAttempt(fresh("stranger"), nat, 0);
    expect(!refused.allowed && refused.retryAfterSeconds).toBeLessThanOrEqual(clientWindowSeconds);
    expect(await beginLoginAttempt(fresh("stranger"), nat, clientWindowSeconds * 1000)).toEqual({
      allowed: true,
    });
  });

  it("never refuses an owner's known device, however busy its address", async () => {
    const address = fresh("nat");
    for (let i = 0; i < clientMaxFailures; i++) await fail(fresh("victim"), at(address), 0);
    const owner = fresh("owner");
    expect((await beginLoginAttempt(owner, at(address), 0)).allowed).toBe(false);
    expect(await beginLoginAttempt(owner, knownDevice(owner, address), 0)).toEqual({
      allowed: true,
    });
  });

  it("counts failures only: an address's successful logins never use its budget up", async () => {
    const office = at(fresh("office"));
    for (let i = 0; i < clientMaxFailures * 3; i++) {
      const user = fresh("colleague");
      expect((await beginLoginAttempt(user, office, 0)).allowed).toBe(true);
      await settleLoginAttempt(user, office, true, 0);
    }
    // ...so an attacker's own account cannot refill the budget either: a success gives back
    // only the attempt it was counted as.
    for (let i = 0; i < clientMaxFailures; i++) await fail(fresh("victim"), office, 0);
    const own = fresh("attacker");
    expect((await beginLoginAttempt(own, office, 0)).allowed).toBe(false);
  });

  it("one IPv6 /64 is one client (a host picks any address in its prefix)", async () => {
    const prefix = `2001:db8:${n}:${(n + 1) % 65536}`;
    for (let i = 0; i < clientMaxFailures; i++)
      await fail(fresh("victim"), at(`${prefix}::${i.toString(16)}`), 0);
    expect((await beginLoginAttempt(fresh("victim"), at(`${prefix}:ffff::1`), 0)).allowed).toBe(
      false,
    );
  });
});

describe("sign-up throttle", () => {
  it("allows 10 sign-ups per client address per hour, then 429 until the window ends", async () => {
    const client = fresh("ip");
    for (let i = 0; i < 10; i++)
      expect(await beginSignupAttempt(client, 0)).toEqual({ allowed: true });
    expect(await beginSignupAttempt(client, 1000)).toEqual({
      allowed: false,
      retryAfterSeconds: 3599,
    });
    expect((await beginSignupAttempt(fresh("ip"), 1000)).allowed).toBe(true);
    expect((await beginSignupAttempt(client, 60 * 60 * 1000)).allowed).toBe(true);
  });
});
