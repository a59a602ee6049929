import "server-only";
import crypto from "node:crypto";
import { cookieSettings } from "@/config";
import { updateUserAsAdmin } from "@/lib/accounts/admin";
import type { FreshAuthentication } from "@/lib/auth/step-up/proof";
import type { MeterAccount } from "./account";
import type { ServerLogins } from "@/lib/auth/login/on-server";
import { postAsSecondDevice } from "./second-device";
import type { LagEvent } from "./types";

/**
 * The meter's events, each done for real by the code that does it for anyone: the three logout
 * routes and the password-change route are called as the device holding the logins; the role
 * change and the disabling are the admin's own operations, with the admin's fresh proof.
 */

export type EventOutcome =
  | { ok: true; account: MeterAccount | null }
  | { ok: false; reason: "event_failed"; status: number };

type Perform = (
  logins: ServerLogins,
  account: MeterAccount,
  admin: FreshAuthentication | null,
) => Promise<EventOutcome>;

const failed = (status: number): EventOutcome => ({ ok: false, reason: "event_failed", status });

/** Each area's own logout, as the device holding the login (the JWT's sends its refresh token). */
const logout: Perform = async (logins, account) => {
  const statuses = await Promise.all([
    postAsSecondDevice("/api/session/logout", {
      cookies: { [cookieSettings.session.name]: logins.session.token },
    }),
    postAsSecondDevice("/api/sealed/logout", {
      cookies: { [cookieSettings.sealedSession.name]: logins.sealed.seal },
    }),
    postAsSecondDevice("/api/jwt/logout", {
      headers: { authorization: `Bearer ${logins.jwt.token}` },
      body: { refreshToken: logins.jwt.refreshToken },
    }),
  ]);
  const refused = statuses.find((status) => status !== 204);
  return refused === undefined ? { ok: true, account } : failed(refused);
};

/** The owner changes the password on the device of the session copy, logging out the others. */
const passwordChange: Perform = async (logins, account) => {
  const newPassword = crypto.randomBytes(24).toString("base64url");
  const status = await postAsSecondDevice("/api/account/password", {
    cookies: { [cookieSettings.session.name]: logins.session.token },
    body: { currentPassword: account.password, newPassword, logoutOthers: true },
  });
  return status === 200
    ? { ok: true, account: { ...account, password: newPassword } }
    : failed(status);
};

/** The admin takes the admin role away (the run made the account an admin before its logins). */
const roleChange: Perform = async (_logins, account, admin) => {
  if (admin === null) return failed(403);
  const changed = await updateUserAsAdmin(admin, account.userId, { role: "user" });
  return changed.ok ? { ok: true, account } : failed(409);
};

/** The admin disables the account (which ends its sessions); the meter forgets it. */
const disable: Perform = async (_logins, account, admin) => {
  if (admin === null) return failed(403);
  const changed = await updateUserAsAdmin(admin, account.userId, { disabled: true });
  return changed.ok ? { ok: true, account: null } : failed(409);
};

export const PERFORM: Record<LagEvent, Perform> = {
  logout,
  password_change: passwordChange,
  role_change: roleChange,
  disable,
};
