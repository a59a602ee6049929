import { describe, expect, it } from "vitest";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { revokeSession } from "@/lib/auth/session/revocation";
import { createSession } from "@/lib/test/fixtures";
import { cookieSettings } from "@/config";
import { makeUser } from "@/lib/test/fixtures";
import { inspectorState } from "./state";

function jar(values: Record<string, string>) {
  return {
    getAll: () => Object.entries(values).map(([name, value]) => ({ name, value })),
    get: (name: string) => (name in values ? { value: values[name] ?? "" } : undefined),
  };
}
const noHeaders = { get: () => null };

describe("inspectorState", () => {
  it("shows the session record and the decoded JWT, never a credential's raw value", async () => {
    const user = await makeUser({ displayName: "Ivy" });
    const { token: sessionToken, session } = await createSession(user.id, {
      userAgent: "test",
      ip: "127.0.0.1",
    });
    const seal = sessionToken; // the cookie carries the token itself
    const { token: jwt, claims } = await createAccessToken({
      id: user.id,
      displayName: "Ivy",
      role: "user",
    });
    const state = await inspectorState(
      jar({
        [cookieSettings.session.name]: seal,
        [cookieSettings.accessToken.name]: jwt,
        lab_mode: "jwt",
      }),
      noHeaders,
    );

    expect(state.session.record).toMatchObject({
      idPrefix: session.id.slice(0, 12),
      user: { displayName: "Ivy" },
    });
    expect(state.session.store.rows).toBeGreaterThanOrEqual(1);
    expect(state.jwt).toMatchObject({
      transport: "cookie",
      server: { denylistSize: 0, family: null, role: { claimed: "user", live: "user" } },
      token: { verified: true, payload: claims },
    });
    expect(state.cookies.find((c) => c.name === cookieSettings.session.name)).toMatchObject({
      role: "session credential",
      bytes: seal.length,
      attributes: { httpOnly: true, sameSite: "lax", path: "/" },
    });

    const json = JSON.stringify(state);
    expect(json).not.toContain(sessionToken);
    expect(json).not.toContain(jwt);
    expect(json).not.toContain(jwt.split(".")[2]);
  });

  it("says why there is no record, without side effects on the session", async () => {
    const user = await makeUser();
    const { token, session } = await createSession(user.id, { userAgent: null, ip: null });
    const seal = token;
    const before = await inspectorState(jar({ [cookieSettings.session.name]: seal }), noHeaders);
    expect(before.session.record?.lastSeenAt).toBe(session.lastSeenAt.getTime());
    await revokeSession(session.id);
    const after = await inspectorState(jar({ [cookieSettings.session.name]: seal }), noHeaders);
    expect(after.session).toMatchObject({ record: null, reason: "session_not_found" });
    const none = await inspectorState(jar({}), noHeaders);
    expect(none.session.reason).toBe("no_credential");
    expect(none.jwt.token).toBeNull();
  });
});
