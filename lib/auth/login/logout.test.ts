import { calculateJwkThumbprint } from "jose";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { findRefreshToken } from "@/db/queries/refresh-tokens";
import { cookieSettings, config } from "@/config";
import { currentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";
import { hashRefreshToken, startRefreshFamily } from "@/lib/auth/jwt/refresh";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { createDpopProof, generateDpopKeyPair } from "@/lib/dpop/proof";
import { currentRequest, runInRequest } from "@/ground/context";
import { makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";

// What the request carries: next/headers reads these, and the logout writes its cookies here.
const request = vi.hoisted(() => ({
  headers: new Headers(),
  cookies: new Map<string, string>(),
  written: [] as Array<{ name: string; value: string }>,
}));

vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined,
    set: (name: string, value: string) => request.written.push({ name, value }),
  }),
}));

const { logOutOfJwt } = await import("@/lib/auth/login/logout");

const HOST = "127.0.0.1:3000";
const LOGOUT_URL = `http://${HOST}/api/jwt/logout`;

beforeEach(async () => {
  request.headers = new Headers({ host: HOST });
  request.cookies.clear();
  request.written = [];
});

/** Runs the logout as the server would for `POST /api/jwt/logout`. */
function logOut(refreshToken?: string): Promise<void> {
  return runInRequest(() => {
    Object.assign(currentRequest()!, { method: "POST", target: "/api/jwt/logout" });
    return logOutOfJwt(refreshToken);
  });
}

/** A login bound to a fresh DPoP key: its refresh family and an access token of it. */
async function dpopLogin(issuedAt = Date.now()) {
  const key = await generateDpopKeyPair();
  const jkt = await calculateJwkThumbprint(key.publicJwk, "sha256");
  const user = await makeUser();
  const family = await startRefreshFamily(user.id, issuedAt, { jkt });
  const { token } = await createAccessToken(toPublicUser(user), issuedAt, {
    familyId: family.familyId,
    jkt,
  });
  return { key, token, refreshToken: family.token };
}

async function proofBy(key: Awaited<ReturnType<typeof generateDpopKeyPair>>, token?: string) {
  return createDpopProof({
    ...key,
    htm: "POST",
    htu: LOGOUT_URL,
    accessToken: token,
    nonce: currentDpopNonce(),
  });
}

async function isRevoked(refreshToken: string): Promise<boolean> {
  return (await findRefreshToken(hashRefreshToken(refreshToken)))?.revokedAt != null;
}

function clearedCookies(): string[] {
  return request.written.filter((c) => c.value === "").map((c) => c.name);
}

describe("JWT logout: a sender-constrained token without its proof is no token", () => {
  it("a stolen DPoP-bound token sent as Bearer ends nothing (but clears the caller's cookies)", async () => {
    const victim = await dpopLogin();
    request.headers.set("authorization", `Bearer ${victim.token}`);
    await logOut();
    expect(await isRevoked(victim.refreshToken)).toBe(false);
    expect(clearedCookies()).toEqual(
      expect.arrayContaining([cookieSettings.accessToken.name, cookieSettings.refreshToken.name]),
    );
  });

  it("a DPoP-bound token in the cookie ends nothing", async () => {
    const victim = await dpopLogin();
    request.cookies.set(cookieSettings.accessToken.name, victim.token);
    await logOut();
    expect(await isRevoked(victim.refreshToken)).toBe(false);
  });

  it("as DPoP with no proof, or a proof by another key, it ends nothing", async () => {
    const victim = await dpopLogin();
    const thief = await generateDpopKeyPair();
    request.headers.set("authorization", `DPoP ${victim.token}`);
    await logOut();
    expect(await isRevoked(victim.refreshToken)).toBe(false);
    request.headers.set("dpop", await proofBy(thief, victim.token));
    await logOut();
    expect(await isRevoked(victim.refreshToken)).toBe(false);
  });

  it("a DPoP-bound refresh token in the body, without a proof by its key, ends nothing", async () => {
    const victim = await dpopLogin();
    await logOut(victim.refreshToken);
    expect(await isRevoked(victim.refreshToken)).toBe(false);
    request.headers.set("dpop", await proofBy(await generateDpopKeyPair()));
    await logOut(victim.refreshToken);
    expect(await isRevoked(victim.refreshToken)).toBe(false);
  });

  it("the owner, with a proof by the key, ends the login", async () => {
    const owner = await dpopLogin();
    request.headers.set("authorization", `DPoP ${owner.token}`);
    request.headers.set("dpop", await proofBy(owner.key, owner.token));
    await logOut(owner.refreshToken);
    expect(await isRevoked(owner.refreshToken)).toBe(true);
  });

  it("the owner with only the refresh token and a proof by the key ends the login", async () => {
    const owner = await dpopLogin();
    request.headers.set("dpop", await proofBy(owner.key));
    await logOut(owner.refreshToken);
    expect(await isRevoked(owner.refreshToken)).toBe(true);
  });
});

describe("JWT logout: an expired access token counts only within a short bound", () => {
  async function bearerLogin(issuedAt: number) {
    const user = await makeUser();
    const family = await startRefreshFamily(user.id, issuedAt);
    const { token } = await createAccessToken(toPublicUser(user), issuedAt, {
      familyId: family.familyId,
    });
    return { token, refreshToken: family.token };
  }

  it("a token that expired a day ago ends nothing", async () => {
    const life = config.jwt.accessTtlSeconds;
    const old = await bearerLogin(Date.now() - (life + 24 * 60 * 60) * 1000);
    request.headers.set("authorization", `Bearer ${old.token}`);
    await logOut();
    expect(await isRevoked(old.refreshToken)).toBe(false);
  });

  it("a token just past the bound ends nothing; one within it ends the login", async () => {
    const life = config.jwt.accessTtlSeconds;
    const bound = config.jwt.logoutGraceSeconds;
    expect(bound).toBeGreaterThan(0);
    expect(bound).toBeLessThanOrEqual(15 * 60);
    const late = await bearerLogin(Date.now() - (life + bound + 30) * 1000);
    request.headers.set("authorization", `Bearer ${late.token}`);
    await logOut();
    expect(await isRevoked(late.refreshToken)).toBe(false);
    const recent = await bearerLogin(Date.now() - (life + bound - 30) * 1000);
    request.headers.set("authorization", `Bearer ${recent.token}`);
    await logOut();
    expect(await isRevoked(recent.refreshToken)).toBe(true);
  });

  it("a refresh token ends its (unbound) login whatever state the access token is in", async () => {
    const old = await bearerLogin(Date.now() - 24 * 60 * 60 * 1000);
    await logOut(old.refreshToken);
    expect(await isRevoked(old.refreshToken)).toBe(true);
  });
});
