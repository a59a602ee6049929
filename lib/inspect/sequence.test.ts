import { describe, expect, it } from "vitest";
import { traceToSequence } from "@/lib/inspect/sequence";
import type { Trace, TraceCheck } from "@/lib/inspect/trace";

function trace(checks: TraceCheck[], extra: Partial<Trace> = {}): Trace {
  return {
    id: "t",
    at: 0,
    method: "GET",
    path: "/api/session/me",
    area: "session",
    credential: { kind: "session_cookie", bytes: 300 },
    checks,
    decision: { ok: true, reason: "ok" },
    status: 200,
    dbQueries: checks.reduce((sum, c) => sum + c.queries, 0),
    totalMicros: 900,
    setCookies: [],
    ...extra,
  };
}

const check = (over: Partial<TraceCheck>): TraceCheck => ({
  step: "unseal_cookie",
  where: "proxy",
  micros: 10,
  queries: 0,
  cached: false,
  ok: true,
  reason: "ok",
  ...over,
});

describe("traceToSequence", () => {
  it("draws a session request: the lookup from the proxy, handed to the DAL, one query", () => {
    const sequence = traceToSequence(
      trace([
        check({ step: "store_lookup", queries: 1 }),
        check({ where: "dal", step: "proxy_result", cached: true, micros: 1 }),
      ]),
    );
    expect(sequence.participants.map((p) => p.id)).toEqual(["browser", "proxy", "app", "store"]);
    expect(sequence.messages.map((m) => [m.from, m.to])).toEqual([
      ["browser", "proxy"],
      ["proxy", "store"],
      ["store", "proxy"],
      ["proxy", "app"],
      ["app", "app"],
      ["app", "browser"],
    ]);
    expect(sequence.messages[1]).toMatchObject({ queries: 1, micros: 10 });
    expect(sequence.messages[4]?.label).toContain("use the proxy's answer");
    expect(sequence.messages[4]?.label).not.toContain("(memo)");
    expect(sequence.messages.at(-1)).toMatchObject({ label: "200", queries: 1, micros: 900 });
  });

  it("draws a JWT request with no store at all", () => {
    const sequence = traceToSequence(
      trace(
        [
          check({ step: "verify_signature" }),
          check({ step: "verify_signature", where: "dal", cached: true }),
        ],
        { path: "/api/jwt/me", area: "jwt", credential: { kind: "jwt_cookie", bytes: 500 } },
      ),
    );
    expect(sequence.participants.map((p) => p.id)).toEqual(["browser", "proxy", "app", "keys"]);
    expect(sequence.messages.every((m) => (m.queries ?? 0) === 0)).toBe(true);
  });

  it("ends at the proxy when the proxy refuses", () => {
    const sequence = traceToSequence(
      trace([check({ ok: false, reason: "no_credential" })], {
        status: 401,
        credential: { kind: "none", bytes: 0 },
      }),
    );
    expect(sequence.participants.map((p) => p.id)).toEqual(["browser", "proxy"]);
    expect(sequence.messages.at(-1)).toMatchObject({ from: "proxy", to: "browser", failed: true });
    expect(sequence.messages[0]?.label).toContain("no credential");
  });
});
