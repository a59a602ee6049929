"use server";

import { config } from "@/config";
import { findUserById } from "@/db/queries/users";
import { getJwtAuth, getSealedAuth, getSessionAuth } from "@/lib/auth/dal";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import {
  endOtherDevice,
  judgeOtherDevice,
  logInOtherDevice,
  revokeOtherDeviceSession,
  type DeviceVerdicts,
  type OtherDevice,
} from "@/lib/learn/other-device";
import { toPublicUser, type PublicUser } from "@/lib/users/public-user";

/**
 * The tour's one-click states, acted out on "another device" of the visitor's own user (a second
 * login made on the server: lib/learn/other-device.ts), never on the visitor's own login, so the
 * whole tour needs one login per mechanism.
 */

type Refusal = { ok: false; reason: "not_logged_in" | "store_unavailable" };

export type RevocationOutcome =
  { ok: true; before: DeviceVerdicts; revoked: boolean; after: DeviceVerdicts } | Refusal;

export type ClockOutcome =
  { ok: true; rows: { offsetSeconds: number; verdicts: DeviceVerdicts }[] } | Refusal;

/** The visitor's user, from whichever of the three areas this browser is logged in to. */
async function visitorUser(): Promise<PublicUser | null> {
  const session = await getSessionAuth();
  if (session.ok) return session.user;
  const sealed = await getSealedAuth();
  const jwt = sealed.ok ? null : await getJwtAuth();
  const id = sealed.ok ? sealed.data.uid : jwt?.ok ? Number(jwt.claims.sub) : null;
  const user = id === null ? null : await findUserById(id);
  return user === null ? null : toPublicUser(user);
}

async function withOtherDevice<T>(act: (device: OtherDevice) => Promise<T>): Promise<T | Refusal> {
  const user = await visitorUser();
  if (user === null) return { ok: false, reason: "not_logged_in" };
  const device = await logInOtherDevice(user);
  if (device === null) return { ok: false, reason: "store_unavailable" };
  try {
    return await act(device);
  } finally {
    await endOtherDevice(device);
  }
}

/**
 * Step 5: the other device's credentials are judged, its session is revoked from this browser, and
 * the same credentials are judged again — by the very checks every request runs: the session's is
 * refused at once, the sealed cookie's and the JWT's keep working.
 */
export async function revokeOtherDeviceAction(): Promise<RevocationOutcome> {
  return withOtherDevice(async (device) => {
    const before = await judgeOtherDevice(device, Date.now());
    const revoked = await revokeOtherDeviceSession(device);
    return {
      ok: true as const,
      before,
      revoked,
      after: await judgeOtherDevice(device, Date.now()),
    };
  });
}

/**
 * Step 6: the other device's credentials judged now and at moments just past each lifetime (from
 * the settings in force). The visitor's own clock is left alone: moving it back to real time logs
 * this browser out (app/api/clock/reset: going back must not revive what the moved clock expired),
 * and the tour promises one login per mechanism.
 */
export async function judgeOtherDeviceLaterAction(): Promise<ClockOutcome> {
  const minute = 60;
  const offsets = [
    0,
    (await getJwtSettings()).accessTtlSeconds + minute,
    config.session.idleTtlSeconds + minute,
    Math.max(config.sealed.ttlSeconds, config.session.absoluteTtlSeconds) + 60 * minute,
  ];
  const unique = [...new Set(offsets)].sort((a, b) => a - b);
  return withOtherDevice(async (device) => {
    const now = Date.now();
    const rows = [];
    for (const offsetSeconds of unique) {
      rows.push({
        offsetSeconds,
        verdicts: await judgeOtherDevice(device, now + offsetSeconds * 1000),
      });
    }
    return { ok: true as const, rows };
  });
}
