import { describe, expect, it } from "vitest";
import { makeUser } from "@/lib/test/fixtures";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession } from "@/lib/test/fixtures";
import {
  describeDevice,
  listDevices,
  revokeDevice,
  revokeOtherDevices,
  sessionHandle,
} from "@/lib/auth/session/devices";

const meta = (userAgent: string | null) => ({ userAgent, ip: "10.0.0.7" });
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

describe("devices", () => {
  it("names a device from its user agent", async () => {
    expect(describeDevice(FIREFOX)).toBe("Firefox 128 on Windows 10");
    expect(describeDevice(null)).toBe("Unknown device");
    expect(describeDevice("curl/8.0")).toBe("Unknown browser");
  });

  it("lists a user's sessions by public handle, marking this one, and revokes only their own", async () => {
    const user = makeUser();
    const stranger = makeUser();
    const here = await createSession(user.id, meta(FIREFOX));
    const there = await createSession(user.id, meta(null));
    const theirs = await createSession(stranger.id, meta(null));

    const devices = await listDevices(user.id, here.session.id);
    expect(devices.map((d) => [d.id, d.current])).toEqual(
      expect.arrayContaining([
        [sessionHandle(here.session.id), true],
        [sessionHandle(there.session.id), false],
      ]),
    );
    expect(JSON.stringify(devices)).not.toContain(here.session.id);

    expect(await revokeDevice(user.id, sessionHandle(theirs.session.id))).toBe(false);
    expect((await validateSessionToken(theirs.token)).ok).toBe(true);
    expect(await revokeDevice(user.id, sessionHandle(there.session.id))).toBe(true);
    expect((await validateSessionToken(there.token)).ok).toBe(false);
  });

  it("revokes all other sessions but keeps this one", async () => {
    const user = makeUser();
    const here = await createSession(user.id, meta(null));
    await createSession(user.id, meta(null));
    await createSession(user.id, meta(null));
    expect(await revokeOtherDevices(user.id, here.session.id)).toBe(2);
    expect((await validateSessionToken(here.token)).ok).toBe(true);
  });
});
