import { describe, expect, it } from "vitest";
import { getQueryCount } from "@/db/client";
import {
  checkSessionForDal,
  checkSessionForProxy,
  checkSessionInStore,
  peekAtSession,
} from "@/lib/auth/check/session";
import { setCookieCacheSeconds } from "@/lib/auth/sealed/settings";
import { sealSessionCache } from "@/lib/auth/session/cookie-cache";
import { revokeSession } from "@/lib/auth/session/revocation";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { runInRequest } from "@/ground/context";
import { cookieSettings } from "@/config";
import { createSession, makeUser } from "@/lib/test/fixtures";

const jar = (values: Record<string, string>) => ({
  get: (name: string) => (name in values ? { value: values[name] ?? "" } : undefined),
});

async function cachedLogin(now = Date.now()) {
  const { token, session } = await createSession((await makeUser()).id, {
    userAgent: null,
    ip: null,
  });
  const looked = await validateSessionToken(token);
  if (!looked.ok) throw new Error("no session");
  const cache = await sealSessionCache(looked, now);
  const cookies = jar({
    [cookieSettings.session.name]: token,
    ...(cache === null ? {} : { [cookieSettings.sessionCache.name]: cache.value }),
  });
  return { token, session, cache, cookies };
}

async function queriesOf(fn: () => Promise<unknown>): Promise<number> {
  const before = getQueryCount();
  await fn();
  return getQueryCount() - before;
}

describe("the session's cookie cache", () => {
  it("is off by default: nothing is sealed and every check looks up", async () => {
    await setCookieCacheSeconds(0);
    const { cache, cookies } = await cachedLogin();
    expect(cache).toBeNull();
    expect(await queriesOf(() => checkSessionForDal(cookies))).toBe(1);
  });

  it("saves the lookup for N seconds — and keeps a revoked session alive until then (C42)", async () => {
    await setCookieCacheSeconds(30);
    const { cache, cookies, session } = await cachedLogin();
    expect(cache?.maxAge).toBe(30);
    expect(await queriesOf(() => checkSessionForDal(cookies))).toBe(0);
    await revokeSession(session.id);
    const stale = await checkSessionForDal(cookies);
    expect(stale.ok).toBe(true); // the price: the store says no, the copy says yes
    const later = Date.now() + 31_000;
    expect(await checkSessionForDal(cookies, { now: later })).toEqual({
      ok: false,
      reason: "session_not_found",
    });
    // The inspector (slide: false) and admin rights (fresh: true) always ask the store.
    expect((await peekAtSession(cookies)).ok).toBe(false);
    expect(await checkSessionInStore(cookies)).toEqual({
      ok: false,
      reason: "session_not_found",
    });
  });

  it("a proxy answer from the cache is never taken where the store's answer is required", async () => {
    await setCookieCacheSeconds(30);
    const { cookies } = await cachedLogin();
    await runInRequest(async () => {
      expect(await queriesOf(() => checkSessionForProxy(cookies))).toBe(0);
      expect(await queriesOf(() => checkSessionInStore(cookies))).toBe(1);
    });
    await setCookieCacheSeconds(0);
  });

  it("is bound to its own session: another token with this copy looks up", async () => {
    await setCookieCacheSeconds(30);
    const first = await cachedLogin();
    const other = await createSession((await makeUser()).id, { userAgent: null, ip: null });
    const swapped = jar({
      [cookieSettings.session.name]: other.token,
      [cookieSettings.sessionCache.name]: first.cache!.value,
    });
    const result = await checkSessionForDal(swapped);
    expect(result.ok && result.session.id).toBe(other.session.id);
    expect(await queriesOf(() => checkSessionForDal(swapped))).toBe(1);
    const forged = jar({
      [cookieSettings.session.name]: first.token,
      [cookieSettings.sessionCache.name]: "Fe26.2*1*x*y*z*1*w*v~2",
    });
    expect(await queriesOf(() => checkSessionForDal(forged))).toBe(1);
    await setCookieCacheSeconds(0);
  });
});
