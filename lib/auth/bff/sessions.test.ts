import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { cookieSettings, config } from "@/config";
import { getDb } from "@/db/client";
import { bffSessions, users } from "@/db/schema";
import { findRefreshToken } from "@/db/queries/refresh-tokens";
import { inLab } from "@/ground/context";
import { hashToken } from "@/ground/tokens";
import {
  findBffSession,
  heldTokens,
  replaceHeldTokens,
  startBffSession,
} from "@/lib/auth/bff/sessions";
import { hashRefreshToken, startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { revokeRefreshTokenFamily } from "@/lib/auth/jwt/refresh-revocation";
import { makeUser } from "@/lib/test/fixtures";

// What the request carries: next/headers reads these, and the logout writes its cookies here.
const request = vi.hoisted(() => ({
  cookies: new Map<string, string>(),
  written: [] as Array<{ name: string; value: string }>,
}));

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined,
    set: (name: string, value: string) => request.written.push({ name, value }),
  }),
}));

const { logOutOfBff } = await import("@/lib/auth/login/logout");

beforeEach(() => {
  request.cookies.clear();
  request.written = [];
});

const HOUR = 60 * 60 * 1000;

/** A user with a refresh family and a BFF session holding its (stand-in) tokens. */
async function started(now = Date.now()) {
  const user = await makeUser();
  const family = await startRefreshFamily(user.id, now);
  const tokens = { access: `access-${crypto.randomUUID()}`, refresh: family.token };
  const token = await startBffSession(user.id, family.familyId, tokens, now + 60_000, now);
  return { user, family, tokens, token };
}

async function rowOf(token: string) {
  const [row] = await getDb()
    .select()
    .from(bffSessions)
    .where(eq(bffSessions.id, hashToken(token)));
  return row;
}

describe("the backend-for-frontend's sessions", () => {
  it("finds a session by its cookie token, with its user and the tokens it holds", async () => {
    const { user, tokens, token } = await started();
    const found = await findBffSession(token);
    expect(found).toMatchObject({ ok: true, user: { id: user.id, username: user.username } });
    if (!found.ok) throw new Error("not found");
    expect(heldTokens(found.session)).toEqual(tokens);
  });

  it("keeps neither the cookie token nor the JWTs in clear", async () => {
    const { tokens, token } = await started();
    const row = await rowOf(token);
    expect(row?.id).toBe(hashToken(token));
    const stored = JSON.stringify(row);
    for (const secret of [token, tokens.access, tokens.refresh])
      expect(stored).not.toContain(secret);
  });

  it.each([
    ["", "no_credential"],
    ["x".repeat(43), "session_not_found"],
    ["short", "session_not_found"],
    ["a".repeat(10_000), "session_not_found"],
    ["../../etc/passwd", "session_not_found"],
    ["\u0000\uffff'; DROP TABLE users; --", "session_not_found"],
  ])("refuses a cookie that names no session (%#) without throwing", async (cookie, reason) => {
    expect(await findBffSession(cookie === "" ? null : cookie)).toEqual({ ok: false, reason });
  });

  it("ends with its refresh family: a revoked family is no session", async () => {
    const { family, token } = await started();
    await revokeRefreshTokenFamily(family.familyId, "logout_everywhere");
    expect(await findBffSession(token)).toEqual({ ok: false, reason: "session_not_found" });
  });

  it("ends at its absolute end, judged by the clock given (the fast-forward clock)", async () => {
    const now = Date.now();
    const { token } = await started(now);
    const end = now + config.jwt.refreshAbsoluteTtlSeconds * 1000;
    expect((await findBffSession(token, end - HOUR)).ok).toBe(true);
    expect(await findBffSession(token, end)).toEqual({ ok: false, reason: "session_expired" });
  });

  it("answers nothing for a disabled user, and goes with a deleted one", async () => {
    const { user, token } = await started();
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await findBffSession(token)).toEqual({ ok: false, reason: "user_disabled" });
    await getDb().delete(users).where(eq(users.id, user.id));
    expect(await rowOf(token)).toBeUndefined();
  });

  it("is found only in its own lab", async () => {
    const lab = crypto.randomBytes(16).toString("base64url");
    const { token } = await inLab(lab, () => started());
    expect(await findBffSession(token)).toEqual({ ok: false, reason: "session_not_found" });
    expect((await inLab(lab, () => findBffSession(token))).ok).toBe(true);
  });

  it("stores a refreshed pair once per generation (compare-and-set)", async () => {
    const { token } = await started();
    const found = await findBffSession(token);
    if (!found.ok) throw new Error("not found");
    const a = { access: "a", refresh: "ra" };
    const b = { access: "b", refresh: "rb" };
    const writes = await Promise.all([
      replaceHeldTokens(found.session, a, Date.now() + 60_000),
      replaceHeldTokens(found.session, b, Date.now() + 60_000),
    ]);
    expect(writes.filter(Boolean)).toHaveLength(1);
    const after = await findBffSession(token);
    if (!after.ok) throw new Error("not found");
    expect(after.session.generation).toBe(1);
    expect([a, b]).toContainEqual(heldTokens(after.session));
  });

  it("logout deletes the session and revokes its refresh family, and clears the cookie", async () => {
    const { family, token } = await started();
    request.cookies.set(cookieSettings.bffSession.name, token);
    await logOutOfBff();
    expect(await rowOf(token)).toBeUndefined();
    const refresh = await findRefreshToken(hashRefreshToken(family.token));
    expect(refresh?.revokedReason).toBe("logout");
    expect(request.written).toContainEqual({ name: cookieSettings.bffSession.name, value: "" });
  });

  it("logout with a cookie that names nothing ends nothing and still clears it", async () => {
    const { family, token } = await started();
    request.cookies.set(cookieSettings.bffSession.name, "y".repeat(43));
    await logOutOfBff();
    expect((await findBffSession(token)).ok).toBe(true);
    expect((await findRefreshToken(hashRefreshToken(family.token)))?.revokedAt).toBeNull();
    expect(request.written).toContainEqual({ name: cookieSettings.bffSession.name, value: "" });
  });
});
