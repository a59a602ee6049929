import "server-only";
import { cookieSettings, type AuthArea } from "@/config";
import { updateUserAsAdmin } from "@/lib/accounts/admin";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { getSealSettings } from "@/lib/auth/sealed/settings";
import { revokeSession } from "@/lib/auth/session/revocation";
import type { FreshAuthentication } from "@/lib/auth/step-up/proof";
import { keepCopy, type CopyToKeep } from "@/lib/compare/captures";
import { replayCapture } from "@/lib/compare/replay";
import { newInspectorId } from "@/lib/inspect/browser-id";
import { meterAccount, updateMeterAccount, type MeterAccountResult } from "./account";
import { PERFORM } from "./events";
import { logInOnServer, type ServerLogins } from "@/lib/auth/login/on-server";
import { roleOf, type LagCopy, type LagEvent, type LagReplay, type LagRun } from "./types";

/** The device the meter's logins are kept on, as the account's device list names it. */
export const METER_DEVICE = {
  userAgent: "Revocation-lag meter (a copy kept on the server)",
  ip: null,
};

/**
 * One run of the revocation-lag meter: fresh logins of the meter's account in all three
 * mechanisms, copies of them kept on the server (handles only, for this browser), one replay of
 * each before the event (each works; a session copy picks up its cookie-cache seal as a browser
 * would), the event done for real and each copy replayed at once after it (the first reading,
 * taken here so a slow page cannot delay it), and the handles the page then replays every second.
 */

export type LagStart =
  | { ok: true; run: LagRun }
  | Extract<MeterAccountResult, { ok: false }>
  | { ok: false; reason: "session_limit" }
  | { ok: false; reason: "event_failed"; status: number };

const AREAS: AuthArea[] = ["session", "sealed", "jwt"];
// The meter watches a few minutes at most: long enough for a default access token to run out.
const KEPT_MS = 10 * 60 * 1000;

export async function startRevocationLag(
  inspectorId: string,
  event: LagEvent,
  { client, admin }: { client: string | null; admin: FreshAuthentication | null },
): Promise<LagStart> {
  const found = await meterAccount(inspectorId, client);
  if (!found.ok) return found;
  const { account } = found;
  // The last run's session would only count against the account's session limit.
  if (account.lastSessionId !== null) await revokeSession(account.lastSessionId);
  let user = found.user;
  if (event === "role_change" && admin !== null) {
    const promoted = await updateUserAsAdmin(admin, account.userId, { role: "admin" });
    if (!promoted.ok) return { ok: false, reason: "event_failed", status: 409 };
    user = promoted.user;
  }
  const started = await logInOnServer(user, METER_DEVICE);
  if (!started.ok) return started;
  const { logins } = started;
  updateMeterAccount(inspectorId, { ...account, lastSessionId: logins.session.sessionId });

  const probe = newInspectorId();
  const handles = keepCopies(inspectorId, logins, probe);
  const before = await replayEach(inspectorId, handles);
  const companion = before.session.cacheCookie;
  // The cache seal arrived with the first replay: the copy carries it from now on, as a jar would.
  if (companion !== null) {
    handles.session = keepCopy(
      inspectorId,
      { ...sessionCopy(logins, probe), companions: [companion] },
      Date.now() + KEPT_MS,
    ).handle;
  }

  const done = await PERFORM[event](logins, account, admin);
  if (!done.ok) return done;
  const eventAt = Date.now();
  const after = await replayEach(inspectorId, handles);
  updateMeterAccount(
    inspectorId,
    done.account && { ...done.account, lastSessionId: logins.session.sessionId },
  );
  return {
    ok: true,
    run: {
      event,
      eventAt,
      copies: copiesView(handles, logins),
      before: {
        session: before.session.replay.status,
        sealed: before.sealed.replay.status,
        jwt: before.jwt.replay.status,
      },
      first: { session: after.session.replay, sealed: after.sealed.replay, jwt: after.jwt.replay },
      strategy: (await getJwtSettings()).revocation,
      cookieCacheSeconds: (await getSealSettings()).cookieCacheSeconds,
      roleBefore: user.role,
    },
  };
}

function sessionCopy(logins: ServerLogins, probe: string): CopyToKeep {
  return { area: "session", credential: logins.session.token, probe };
}

function keepCopies(
  inspectorId: string,
  logins: ServerLogins,
  probe: string,
): Record<AuthArea, string> {
  const kept = Date.now() + KEPT_MS;
  const keep = (copy: CopyToKeep, until: number) => keepCopy(inspectorId, copy, until).handle;
  return {
    session: keep(sessionCopy(logins, probe), kept),
    sealed: keep({ area: "sealed", credential: logins.sealed.seal, probe }, kept),
    jwt: keep(
      { area: "jwt", credential: logins.jwt.token, probe },
      Math.min(kept, logins.jwt.expiresAt + 60_000),
    ),
  };
}

async function replayEach(
  inspectorId: string,
  handles: Record<AuthArea, string>,
): Promise<Record<AuthArea, { replay: LagReplay; cacheCookie: string | null }>> {
  const answers = await Promise.all(
    AREAS.map(async (area) => {
      const replayed = await replayCapture(inspectorId, handles[area]);
      if (!replayed.ok) throw new Error("a copy kept a moment ago is gone");
      const { status, at, queries, body } = replayed;
      return {
        replay: { status, at, queries, role: roleOf(body) },
        cacheCookie: replayed.setCookies.find(isCacheCookie) ?? null,
      };
    }),
  );
  return { session: answers[0]!, sealed: answers[1]!, jwt: answers[2]! };
}

/** A fresh cookie-cache seal (`name=value`, not the clearing one). */
function isCacheCookie(pair: string): boolean {
  return pair.startsWith(`${cookieSettings.sessionCache.name}=Fe26`);
}

function copiesView(
  handles: Record<AuthArea, string>,
  logins: ServerLogins,
): Record<AuthArea, LagCopy> {
  return {
    session: { handle: handles.session, expiresAt: null },
    sealed: { handle: handles.sealed, expiresAt: logins.sealed.expiresAt },
    jwt: { handle: handles.jwt, expiresAt: logins.jwt.expiresAt },
  };
}
