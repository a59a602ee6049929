import { describe, expect, it } from "vitest";
import { beginLoginAttempt, settleLoginAttempt } from "./throttle";

let n = 0;
const fresh = (prefix: string) => `${prefix}-${++n}-${Math.random().toString(36).slice(2)}`;

/** One failed attempt, as authenticateUser makes it. */
function fail(username: string, client: string | null, now: number) {
  const decision = beginLoginAttempt(username, client, now);
  if (decision.allowed) settleLoginAttempt(username, client, false, now);
  return decision;
}

describe("per-account throttle", () => {
  it("allows 5 failures, then makes each further attempt wait 1 s, 2 s, 4 s…", () => {
    const user = fresh("acct");
    const t = 1_000_000;
    for (let i = 0; i < 5; i++) expect(fail(user, fresh("ip"), t)).toEqual({ allowed: true });
    expect(fail(user, fresh("ip"), t)).toEqual({ allowed: true }); // 6th failure: now blocked 1 s
    expect(beginLoginAttempt(user, fresh("ip"), t)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(fail(user, fresh("ip"), t + 1000)).toEqual({ allowed: true }); // 7th: blocked 2 s
    expect(beginLoginAttempt(user, fresh("ip"), t + 1000)).toEqual({
      allowed: false,
      retryAfterSeconds: 2,
    });
  });

  it("refuses even the right password while blocked, and caps the wait at 15 minutes", () => {
    const user = fresh("acct");
    let t = 0;
    for (let i = 0; i < 30; i++) {
      const decision = fail(user, null, t);
      if (!decision.allowed) t += decision.retryAfterSeconds * 1000;
    }
    const blocked = beginLoginAttempt(user, null, t);
    expect(blocked.allowed).toBe(false);
    expect(!blocked.allowed && blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("clears on success and forgets an hour after the last failure: no lockout for good", () => {
    const user = fresh("acct");
    for (let i = 0; i < 6; i++) fail(user, null, 0);
    expect(beginLoginAttempt(user, null, 0).allowed).toBe(false);
    expect(beginLoginAttempt(user, null, 60 * 60 * 1000 + 1).allowed).toBe(true);
    settleLoginAttempt(user, null, true);
    for (let i = 0; i < 5; i++) expect(fail(user, null, 60 * 60 * 1000 + 2).allowed).toBe(true);
  });

  it("counts an attempt before the password check, so parallel attempts cannot slip through", () => {
    const user = fresh("acct");
    const decisions = Array.from({ length: 20 }, () => beginLoginAttempt(user, null, 5));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(6);
  });
});

describe("per-client throttle", () => {
  it("blocks a client after 30 failures across any usernames until its window ends", () => {
    const client = fresh("ip");
    for (let i = 0; i < 30; i++) expect(fail(fresh("user"), client, 0).allowed).toBe(true);
    expect(beginLoginAttempt(fresh("user"), client, 1000)).toEqual({
      allowed: false,
      retryAfterSeconds: 899,
    });
    expect(beginLoginAttempt(fresh("user"), fresh("ip"), 1000).allowed).toBe(true);
    expect(beginLoginAttempt(fresh("user"), client, 15 * 60 * 1000).allowed).toBe(true);
  });

  it("does not count successful logins against the client", () => {
    const client = fresh("ip");
    for (let i = 0; i < 100; i++) {
      const user = fresh("user");
      expect(beginLoginAttempt(user, client, 0).allowed).toBe(true);
      settleLoginAttempt(user, client, true, 0);
    }
  });
});
