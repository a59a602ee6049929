import { describe, expect, it } from "vitest";
import { makeUser } from "@/lib/test/fixtures";
import { createSession } from "@/lib/test/fixtures";
import {
  describeDevice,
  findSessionByHandle,
  listDevices,
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

  it("lists a user's sessions by public handle, marking this one, and finds only their own", async () => {
    const user = await makeUser();
    const stranger = await makeUser();
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

    expect(await findSessionByHandle(user.id, sessionHandle(theirs.session.id))).toBeNull();
    expect(await findSessionByHandle(user.id, sessionHandle(there.session.id))).toBe(
      there.session.id,
    );
  });
});
