import { describe, expect, it } from "vitest";
import { config } from "@/config";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession } from "@/lib/test/fixtures";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { makeUser } from "@/lib/test/fixtures";
import { currentRequest, runInRequest } from "@/ground/context";
import { traceCheck, traceDecision } from "@/ground/trace-recorder";
import { subscribeToTraces } from "./trace-stream";
import { beginTrace, moveTraces, recentTraces, traceIdMaker } from "./traces";

const finish = (status: number, setCookie?: string[]) =>
  currentRequest()?.onFinish?.({ statusCode: status, getHeader: () => setCookie });

const request = {
  method: "GET",
  path: "/api/session/me",
  area: "session" as const,
  credential: { kind: "none" as const, bytes: 0 },
};

describe("request traces", () => {
  it("records each check with its queries, the decision and the status, for that browser only", async () => {
    const user = await makeUser();
    const { token } = await createSession(user.id, { userAgent: null, ip: null });
    await runInRequest(async () => {
      beginTrace("browser-a", request);
      await traceCheck("dal", "store_lookup", () => validateSessionToken(token));
      traceDecision(true, "ok");
      finish(200);
    });
    const [trace] = recentTraces("browser-a");
    expect(trace).toMatchObject({
      path: "/api/session/me",
      status: 200,
      dbQueries: 1,
      instance: config.instanceName,
      decision: { ok: true, reason: "ok" },
      checks: [
        { step: "store_lookup", where: "dal", queries: 1, ok: true, reason: "ok", cached: false },
      ],
    });
    expect(trace?.totalMicros).toBeGreaterThan(0);
    expect(recentTraces("browser-b")).toEqual([]);
  });

  it("shows a JWT check costing no query, and the memo hit as cached", async () => {
    const { token } = await createAccessToken({
      id: 1,
      displayName: "A",
      role: "user",
    });
    await runInRequest(async () => {
      beginTrace("browser-jwt", { ...request, path: "/api/jwt/me", area: "jwt" });
      await traceCheck("proxy", "verify_signature", () => validateAccessToken(token));
      await traceCheck("dal", "verify_signature", () => validateAccessToken(token));
      finish(200);
    });
    const [trace] = recentTraces("browser-jwt");
    expect(trace?.dbQueries).toBe(0);
    expect(trace?.checks.map((c) => [c.where, c.cached, c.queries])).toEqual([
      ["proxy", false, 0],
      ["dal", true, 0],
    ]);
  });

  it("keeps the reason of a refused check (jose's own code)", async () => {
    await runInRequest(async () => {
      beginTrace("browser-bad", { ...request, area: "jwt" });
      await traceCheck("proxy", "verify_signature", () => validateAccessToken("e30.e30.AAAA"));
      traceDecision(false, "ERR_JWS_INVALID");
      finish(401);
    });
    expect(recentTraces("browser-bad")[0]).toMatchObject({
      status: 401,
      checks: [{ ok: false, reason: expect.stringMatching(/^ERR_/) }],
      decision: { ok: false },
    });
  });

  it("records Set-Cookie names and attributes, never values", async () => {
    const secret = "Fe26.2*1*very-secret-seal~2";
    await runInRequest(() => {
      beginTrace("browser-cookie", request);
      finish(200, [
        `lab_session=${secret}; Path=/; HttpOnly; SameSite=lax`,
        "lab_jwt=; Path=/; Max-Age=0",
      ]);
    });
    const [trace] = recentTraces("browser-cookie");
    expect(JSON.stringify(trace)).not.toContain("very-secret");
    expect(trace?.setCookies).toEqual([
      {
        name: "lab_session",
        bytes: secret.length,
        cleared: false,
        attributes: ["Path=/", "HttpOnly", "SameSite=lax"],
      },
      { name: "lab_jwt", bytes: 0, cleared: true, attributes: ["Path=/", "Max-Age=0"] },
    ]);
  });

  it("keeps a bounded ring buffer per browser, newest first, and notifies live listeners", async () => {
    const seen: string[] = [];
    const unsubscribe = subscribeToTraces("browser-ring", (trace) => seen.push(trace.path));
    for (let i = 0; i < 60; i++) {
      runInRequest(() => {
        beginTrace("browser-ring", { ...request, path: `/r/${i}` });
        finish(200);
      });
    }
    unsubscribe();
    const traces = recentTraces("browser-ring");
    expect(traces).toHaveLength(50);
    expect(traces[0]?.path).toBe("/r/59");
    expect(seen).toHaveLength(60);
  });

  it("never gives one browser's trace to another, nor to the id a login rotated away", () => {
    const seen: Record<string, string[]> = { a: [], b: [], rotated: [] };
    const stop = ["a", "b", "rotated"].map((id) =>
      subscribeToTraces(`browser-own-${id}`, (trace) => seen[id]!.push(trace.path)),
    );
    runInRequest(() => {
      beginTrace("browser-own-a", { ...request, path: "/of-a" });
      finish(200);
    });
    runInRequest(() => {
      beginTrace("browser-own-rotated", { ...request, path: "/before-login" });
      moveTraces("browser-own-rotated", "browser-own-new");
      finish(200);
    });
    runInRequest(() => {
      beginTrace("browser-own-rotated", { ...request, path: "/with-the-old-id" });
      finish(200);
    });
    for (const unsubscribe of stop) unsubscribe();
    expect(seen).toEqual({ a: ["/of-a"], b: [], rotated: [] });
    expect(recentTraces("browser-own-b")).toEqual([]);
    expect(recentTraces("browser-own-a").map((t) => t.path)).toEqual(["/of-a"]);
    expect(recentTraces("browser-own-new").map((t) => t.path)).toEqual(["/before-login"]);
    expect(
      new Set(
        [...recentTraces("browser-own-a"), ...recentTraces("browser-own-new")].map((t) => t.id),
      ).size,
    ).toBe(2);
  });

  it("does nothing outside a request context", async () => {
    beginTrace("browser-none", request);
    expect(await traceCheck("dal", "store_lookup", () => ({ ok: true as const }))).toEqual({
      ok: true,
    });
    expect(recentTraces("browser-none")).toEqual([]);
  });
});

describe("trace ids", () => {
  it("are unique per number and tell nothing of the numbers between two of them", () => {
    const idOf = traceIdMaker(Buffer.alloc(32, 7));
    const ids = [1, 2, 3, 1000].map(idOf);
    expect(new Set(ids).size).toBe(4);
    expect(idOf(2)).toBe(ids[1]); // the same trace keeps its id
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(ids.join(" ")).not.toMatch(/\b(1|2|3|1000|rs)\b/); // no counter shows through
    expect(traceIdMaker(Buffer.alloc(32, 8))(1)).not.toBe(ids[0]); // another process, another id
  });
});
