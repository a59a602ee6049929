import { describe, expect, it } from "vitest";
import { findUserById } from "@/db/queries/users";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { checkRevocation } from "@/lib/auth/jwt/revocation";
import { validateSealedSession } from "@/lib/auth/sealed/validation";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { makeUser } from "@/lib/test/fixtures";
import { freshProof } from "@/lib/test/step-up";
import { toPublicUser } from "@/lib/users/public-user";
import { meterAccount, updateMeterAccount } from "./account";
import { PERFORM } from "./events";
import { logInOnServer } from "@/lib/auth/login/on-server";
import { METER_DEVICE } from "./start";
import { claimRun } from "./pace";

const browser = () => `browser-${Math.random().toString(36).slice(2)}`;

describe("the revocation-lag meter's server parts", () => {
  it("makes a throw-away account per browser and reuses it, until it is disabled", async () => {
    const id = browser();
    const first = await meterAccount(id, null);
    if (!first.ok) throw new Error("the sign-up throttle refused a first account");
    expect((await findUserById(first.account.userId))?.throwaway).toBe(true);
    const again = await meterAccount(id, null);
    expect(again.ok && again.account.userId).toBe(first.account.userId);

    const other = await meterAccount(browser(), null);
    expect(other.ok && other.account.userId).not.toBe(first.account.userId);

    const admin = await makeUser({ role: "admin" });
    const logins = await logInOnServer(first.user, METER_DEVICE);
    if (!logins.ok) throw new Error("no room for a session");
    const done = await PERFORM.disable(logins.logins, first.account, freshProof(admin.id));
    expect(done).toEqual({ ok: true, account: null });
    updateMeterAccount(id, null);
    expect((await findUserById(first.account.userId))?.disabledAt).not.toBeNull();
    const next = await meterAccount(id, null);
    expect(next.ok && next.account.userId).not.toBe(first.account.userId);
  });

  it("logs in to all three mechanisms on the server: each credential works on its own", async () => {
    const user = toPublicUser(await makeUser());
    const started = await logInOnServer(user, METER_DEVICE);
    if (!started.ok) throw new Error("no room for a session");
    const { session, sealed, jwt } = started.logins;
    expect((await validateSessionToken(session.token)).ok).toBe(true);
    const unsealed = await validateSealedSession(sealed.seal);
    expect(unsealed.ok && unsealed.data.uid).toBe(user.id);
    expect(sealed.expiresAt).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    const verified = await validateAccessToken(jwt.token);
    expect(verified.ok && verified.claims.sub).toBe(String(user.id));
    expect(jwt.expiresAt).toBe(verified.ok ? verified.claims.exp * 1000 : NaN);
  });

  it("demotes for real: the session sees it at once, the sealed cookie and the JWT keep the old role", async () => {
    const admin = await makeUser({ role: "admin" });
    const target = await makeUser({ role: "admin", throwaway: true });
    const started = await logInOnServer(toPublicUser(target), METER_DEVICE);
    if (!started.ok) throw new Error("no room for a session");
    const account = { userId: target.id, password: "unused", lastSessionId: null };
    expect(await PERFORM.role_change(started.logins, account, freshProof(admin.id))).toEqual({
      ok: true,
      account,
    });
    const session = await validateSessionToken(started.logins.session.token);
    expect(session.ok && session.user.role).toBe("user");
    const sealed = await validateSealedSession(started.logins.sealed.seal);
    expect(sealed.ok && sealed.data.role).toBe("admin");
    const jwt = await validateAccessToken(started.logins.jwt.token);
    expect(jwt.ok && jwt.claims.role).toBe("admin");
    // A role change ends no login: even the deny-list finds nothing to refuse.
    if (jwt.ok) expect(await checkRevocation(jwt.claims, "denylist")).toEqual({ ok: true });
  });

  it("an admin's event without an admin's proof changes nothing", async () => {
    const target = await makeUser({ throwaway: true });
    const started = await logInOnServer(toPublicUser(target), METER_DEVICE);
    if (!started.ok) throw new Error("no room for a session");
    const account = { userId: target.id, password: "unused", lastSessionId: null };
    expect((await PERFORM.disable(started.logins, account, null)).ok).toBe(false);
    expect((await findUserById(target.id))?.disabledAt).toBeNull();
  });

  it("paces a browser's runs: one every few seconds", async () => {
    const id = browser();
    const now = Date.now();
    expect(claimRun(id, now)).toEqual({ ok: true });
    expect(claimRun(id, now + 1000)).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(claimRun(id, now + 3000)).toEqual({ ok: true });
  });
});
