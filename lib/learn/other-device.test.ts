import { describe, expect, it } from "vitest";
import { config } from "@/config";
import { validateSessionToken } from "@/lib/auth/session/validation";
import {
  endOtherDevice,
  judgeOtherDevice,
  logInOtherDevice,
  revokeOtherDeviceSession,
} from "@/lib/learn/other-device";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";

const meta = { userAgent: null, ip: null };
const ACCEPTED = { session: { ok: true }, sealed: { ok: true }, jwt: { ok: true } };

describe("the tour's other device", () => {
  it("is a second login of the same user in the three areas, accepted by the real checks", async () => {
    const user = toPublicUser(await makeUser());
    const device = await logInOtherDevice(user);
    expect(device).not.toBeNull();
    expect(await judgeOtherDevice(device!, Date.now())).toEqual(ACCEPTED);
  });

  it("never logs out the user's own sessions, even at the concurrent-session limit", async () => {
    const user = toPublicUser(await makeUser());
    const own = [];
    for (let i = 0; i < config.session.limit; i += 1) own.push(await createSession(user.id, meta));
    const device = await logInOtherDevice(user);
    expect(device).not.toBeNull();
    for (const { token } of own) expect((await validateSessionToken(token)).ok).toBe(true);
  });

  it("revoked: its session is refused at once, its sealed cookie and JWT still accepted", async () => {
    const device = (await logInOtherDevice(toPublicUser(await makeUser())))!;
    expect(await revokeOtherDeviceSession(device)).toBe(true);
    expect(await judgeOtherDevice(device, Date.now())).toEqual({
      ...ACCEPTED,
      session: { ok: false, reason: "session_not_found" },
    });
  });

  it("judged later: each credential ends at its own moment, and judging purges nothing", async () => {
    const device = (await logInOtherDevice(toPublicUser(await makeUser())))!;
    const now = Date.now();
    const later = (seconds: number) => judgeOtherDevice(device, now + seconds * 1000);
    const afterToken = await later(config.jwt.accessTtlSeconds + 60);
    expect(afterToken.jwt).toEqual({ ok: false, reason: "ERR_JWT_EXPIRED" });
    expect(afterToken.session).toEqual({ ok: true });
    const afterIdle = await later(config.session.idleTtlSeconds + 60);
    expect(afterIdle.session).toEqual({ ok: false, reason: "session_idle_expired" });
    expect(afterIdle.sealed).toEqual({ ok: true });
    expect((await later(config.sealed.ttlSeconds + 3600)).sealed).toMatchObject({ ok: false });
    expect(await later(0)).toEqual(ACCEPTED);
  });

  it("ended: nothing of it the server can end is left", async () => {
    const device = (await logInOtherDevice(toPublicUser(await makeUser())))!;
    await endOtherDevice(device);
    const verdicts = await judgeOtherDevice(device, Date.now());
    expect(verdicts.session).toEqual({ ok: false, reason: "session_not_found" });
  });
});
