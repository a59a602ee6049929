import "server-only";
import { cookieSettings, type AuthArea } from "@/config";
import type { CookieReader } from "@/ground/readers";
import { checkJwtCredential } from "@/lib/auth/check/jwt";
import { logInOnServer } from "@/lib/auth/login/on-server";
import { checkSealedCredential } from "@/lib/auth/check/sealed";
import { peekAtSession } from "@/lib/auth/check/session";
import { revokeRefreshTokenFamily } from "@/lib/auth/jwt/refresh-revocation";
import { revokeSession } from "@/lib/auth/session/revocation";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * The tour's "another device": a second login of the visitor's own user in all three areas, made
 * on the server in one click, so a step can end or age *its* credentials and leave the visitor's
 * own login alone (one login per mechanism for the whole tour). Its credentials never leave the
 * server; the step ends it before answering.
 */

export interface OtherDevice {
  sessionId: string;
  familyId: string;
  /** Its three credentials, as a browser would present them. */
  cookies: CookieReader;
}

/** What the server's own check says of one credential: accepted, or refused and why. */
export type Verdict = { ok: true } | { ok: false; reason: string };

export type DeviceVerdicts = Record<AuthArea, Verdict>;

// The device lives for one click: it must never take a place under the concurrent-session limit
// and so log out the visitor's own session (or anyone else's).
const NEVER_EVICTS = Number.MAX_SAFE_INTEGER;
const DEVICE = { userAgent: "Another device (made by the tour)", ip: null };

/** Logs `user` in to the three areas at once, as a second device would. Null: the store refused. */
export async function logInOtherDevice(
  user: PublicUser,
  now = Date.now(),
): Promise<OtherDevice | null> {
  const started = await logInOnServer(user, DEVICE, now, { sessionLimit: NEVER_EVICTS });
  if (!started.ok) return null;
  const { session, sealed, jwt } = started.logins;
  const values = new Map<string, string>([
    [cookieSettings.session.name, session.token],
    [cookieSettings.sealedSession.name, sealed.seal],
    [cookieSettings.accessToken.name, jwt.token],
  ]);
  const cookies: CookieReader = {
    get: (name) => {
      const value = values.get(name);
      return value === undefined ? undefined : { value };
    },
  };
  return { sessionId: session.sessionId, familyId: jwt.familyId, cookies };
}

const NO_HEADERS = { get: (): null => null };

function verdict(result: { ok: true } | { ok: false; reason: string }): Verdict {
  return result.ok ? { ok: true } : { ok: false, reason: result.reason };
}

/**
 * The device's credentials judged at `at` (ms) by the very checks every request runs — the
 * session's without sliding or purging it, so one device can be judged at several moments.
 */
export async function judgeOtherDevice(device: OtherDevice, at: number): Promise<DeviceVerdicts> {
  const [session, sealed, jwt] = await Promise.all([
    peekAtSession(device.cookies, { now: at }),
    checkSealedCredential(device.cookies, { now: at }),
    checkJwtCredential(device.cookies, NO_HEADERS, { now: at }),
  ]);
  return { session: verdict(session), sealed: verdict(sealed), jwt: verdict(jwt) };
}

/** Ends the device's session record (as the device list does); true when it was still there. */
export async function revokeOtherDeviceSession(device: OtherDevice): Promise<boolean> {
  return revokeSession(device.sessionId);
}

/**
 * Logs the device out of what the server can end: its session record and its refresh family. Its
 * seal and access token are nobody's once the step has answered: they never left the server.
 */
export async function endOtherDevice(device: OtherDevice): Promise<void> {
  await revokeSession(device.sessionId);
  await revokeRefreshTokenFamily(device.familyId, "logout");
}
