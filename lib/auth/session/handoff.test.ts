import { describe, expect, it } from "vitest";
import { getQueryCount } from "@/db/client";
import { checkSessionForDal, checkSessionForProxy } from "@/lib/auth/check/session";
import { cookieSettings } from "@/config";
import { runInRequest } from "@/ground/context";
import { createSession, makeUser } from "@/lib/test/fixtures";

const jar = (values: Record<string, string>) => ({
  get: (name: string) => (name in values ? { value: values[name] ?? "" } : undefined),
});

async function loggedIn(): Promise<{ token: string; cookies: ReturnType<typeof jar> }> {
  const { token } = await createSession((await makeUser()).id, { userAgent: null, ip: null });
  return { token, cookies: jar({ [cookieSettings.session.name]: token }) };
}

/** Runs `fn`, returning its result and the SQL statements it executed. */
async function counted<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const before = getQueryCount();
  const result = await fn();
  return [result, getQueryCount() - before];
}

describe("the proxy hands its session lookup to the DAL of the same request", () => {
  it("one lookup per request: the DAL takes the proxy's answer without a query", async () => {
    const { cookies } = await loggedIn();
    await runInRequest(async () => {
      const [proxy, proxyQueries] = await counted(() => checkSessionForProxy(cookies));
      const [dal, dalQueries] = await counted(() => checkSessionForDal(cookies));
      expect(proxy.ok).toBe(true);
      expect(proxyQueries).toBe(1);
      expect(dal).toEqual(proxy);
      expect(dalQueries).toBe(0);
    });
  });

  it("is taken once: a second check in the request looks up afresh (and sees a logout)", async () => {
    const { cookies } = await loggedIn();
    await runInRequest(async () => {
      await checkSessionForProxy(cookies);
      await checkSessionForDal(cookies);
      const [again, queries] = await counted(() => checkSessionForDal(cookies));
      expect(again.ok).toBe(true);
      expect(queries).toBeGreaterThanOrEqual(1);
    });
  });

  it("is never used for another token, another clock, or outside the request", async () => {
    const first = await loggedIn();
    const second = await loggedIn();
    await runInRequest(async () => {
      await checkSessionForProxy(first.cookies);
      const [other, queries] = await counted(() => checkSessionForDal(second.cookies));
      expect(other.ok).toBe(true);
      expect(queries).toBeGreaterThanOrEqual(1);
    });
    await runInRequest(async () => {
      await checkSessionForProxy(first.cookies);
      const moved = jar({
        [cookieSettings.session.name]: first.token,
        [cookieSettings.clock.name]: String(31 * 60),
      });
      const [judged, queries] = await counted(() => checkSessionForDal(moved));
      expect(judged).toEqual({ ok: false, reason: "session_idle_expired" });
      expect(queries).toBeGreaterThanOrEqual(1);
    });
    // No request context (a matcher gap): the DAL simply looks up on its own.
    const [alone, queries] = await counted(() => checkSessionForDal(first.cookies));
    expect(alone.ok).toBe(false); // the moved clock's check above purged the idle session
    expect(queries).toBeGreaterThanOrEqual(1);
  });

  it("refuses the old sealed cookie with a clear reason, before the store is asked", async () => {
    const sealed = jar({
      [cookieSettings.session.name]: "Fe26.2*1*abc*def*ghi*1790000000000*jkl*mno~2",
    });
    const [result, queries] = await counted(() => checkSessionForDal(sealed));
    expect(result).toEqual({ ok: false, reason: "session_cookie_outdated" });
    expect(queries).toBe(0);
  });
});
