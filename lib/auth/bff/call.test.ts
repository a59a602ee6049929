import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { config } from "@/config";
import { findRefreshFamily } from "@/db/queries/refresh-tokens";
import { callResourceApi } from "@/lib/auth/bff/call";
import { findBffSession, heldTokens, startBffSession } from "@/lib/auth/bff/sessions";
import { startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";

// The browser's request as next/headers shows it: no cookies (no clock offset, no lab).
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => undefined }),
}));

const NO_CONTEXT = { labId: null, inspectorId: null };
const sent: string[] = [];
const sentCookies: Array<string | undefined> = [];
// The tokens the resource API refuses (as after a key was retired); every other is served.
const refused = new Set<string>();

beforeEach(() => {
  sent.length = 0;
  sentCookies.length = 0;
  refused.clear();
  // The resource API's side of the hop: it records what it was sent and answers.
  vi.stubGlobal("fetch", async (_url: string, init: { headers: Record<string, string> }) => {
    const authorization = init.headers.authorization ?? "";
    sent.push(authorization);
    sentCookies.push(init.headers.cookie);
    return refused.has(authorization.slice("Bearer ".length))
      ? Response.json({ error: "unauthenticated" }, { status: 401 })
      : Response.json({ servedBy: "resource API" });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A BFF session holding a genuine pair (or the access token given), issued at `issuedAt`. */
async function session(issuedAt = Date.now(), accessToken?: string) {
  const user = await makeUser();
  const family = await startRefreshFamily(user.id, issuedAt);
  const { token, claims } = await createAccessToken(toPublicUser(user), issuedAt, {
    familyId: family.familyId,
    authTime: issuedAt,
  });
  const access = accessToken ?? token;
  const held = { access, refresh: family.token };
  const cookie = await startBffSession(user.id, family.familyId, held, claims.exp * 1000, issuedAt);
  const found = await findBffSession(cookie);
  if (!found.ok) throw new Error("no session");
  return { found, family, held, cookie };
}

describe("a call through the backend-for-frontend", () => {
  it("sends the access token it keeps as Bearer, and renews nothing while it is good", async () => {
    const { found, held } = await session();
    const call = await callResourceApi(found.session, Date.now(), NO_CONTEXT);
    expect(call).toMatchObject({ ok: true, refreshed: null, hop: { status: 200 } });
    expect(sent).toEqual([`Bearer ${held.access}`]);
  });

  it("renews the pair first once the access token is due, and keeps the new one", async () => {
    const { found, held, cookie } = await session();
    const later = Date.now() + (config.jwt.accessTtlSeconds + 60) * 1000;
    const call = await callResourceApi(found.session, later, NO_CONTEXT);
    expect(call).toMatchObject({ ok: true, refreshed: { generation: 2 } });
    const after = await findBffSession(cookie);
    if (!after.ok) throw new Error("ended");
    expect(heldTokens(after.session).access).not.toBe(held.access);
    expect(sent).toEqual([`Bearer ${heldTokens(after.session).access}`]);
  });

  it("a request that read the row before another renewed it takes that renewal: no reuse, long after the grace window", async () => {
    const { found, family, cookie } = await session();
    const later = Date.now() + (config.jwt.accessTtlSeconds + 60) * 1000;
    const first = await callResourceApi(found.session, later, NO_CONTEXT);
    expect(first).toMatchObject({ ok: true, refreshed: { generation: 2 } });
    // The same stale row, as a slow request holds it (well past the refresh grace window).
    vi.useFakeTimers({ now: Date.now() + (config.jwt.refreshGraceSeconds + 5) * 1000 });
    try {
      const second = await callResourceApi(found.session, later, NO_CONTEXT);
      expect(second).toMatchObject({ ok: true, refreshed: null });
    } finally {
      vi.useRealTimers();
    }
    const rows = await findRefreshFamily(family.familyId);
    expect(rows.map((row) => row.revokedAt)).toEqual([null, null]);
    expect((await findBffSession(cookie)).ok).toBe(true);
  });

  it("parallel calls with a due token renew once between them", async () => {
    const { found, family } = await session();
    const later = Date.now() + (config.jwt.accessTtlSeconds + 60) * 1000;
    const calls = await Promise.all(
      Array.from({ length: 4 }, () => callResourceApi(found.session, later, NO_CONTEXT)),
    );
    expect(calls.every((call) => call.ok)).toBe(true);
    const rows = await findRefreshFamily(family.familyId);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.revokedAt === null)).toBe(true);
  });

  it("renews once and calls again when the API refuses the token it held (a key retired)", async () => {
    const { found, held, cookie } = await session();
    refused.add(held.access);
    const call = await callResourceApi(found.session, Date.now(), NO_CONTEXT);
    expect(call).toMatchObject({ ok: true, refreshed: { generation: 2 }, hop: { status: 200 } });
    const after = await findBffSession(cookie);
    if (!after.ok) throw new Error("ended");
    expect(sent).toEqual([`Bearer ${held.access}`, `Bearer ${heldTokens(after.session).access}`]);
  });

  it("renews only once when the API refuses the renewed token too, and says so", async () => {
    const { found } = await session();
    vi.stubGlobal("fetch", async (_url: string, init: { headers: Record<string, string> }) => {
      sent.push(init.headers.authorization ?? "");
      return Response.json({ error: "unauthenticated" }, { status: 401 });
    });
    const call = await callResourceApi(found.session, Date.now(), NO_CONTEXT);
    expect(call).toMatchObject({ ok: true, refreshed: { generation: 2 }, hop: { status: 401 } });
    expect(sent).toHaveLength(2);
  });

  it("describes a token it cannot decode (an encrypted one) without failing", async () => {
    const { found } = await session(Date.now(), "a.b.c.d.e");
    const call = await callResourceApi(found.session, Date.now(), NO_CONTEXT);
    expect(call).toMatchObject({ ok: true, hop: { claims: null, tokenBytes: 9 } });
  });

  it("sends along only the lab and inspector ids it is given, as this server writes them", async () => {
    const { found } = await session();
    await callResourceApi(found.session, Date.now(), { labId: null, inspectorId: null });
    expect(sentCookies).toEqual([undefined]);
  });

  it("a refused refresh ends the BFF session", async () => {
    const { found, family, cookie } = await session();
    const { revokeRefreshTokenFamily } = await import("@/lib/auth/jwt/refresh-revocation");
    await revokeRefreshTokenFamily(family.familyId, "admin");
    const later = Date.now() + (config.jwt.accessTtlSeconds + 60) * 1000;
    expect(await callResourceApi(found.session, later, NO_CONTEXT)).toEqual({
      ok: false,
      reason: "refresh_revoked",
    });
    expect(await findBffSession(cookie)).toEqual({ ok: false, reason: "session_not_found" });
    expect(sent).toEqual([]);
  });
});
