import { describe, expect, it } from "vitest";
import { compactTrace, expandTrace } from "./compact-trace";
import type { Trace } from "./trace";

const idOf = (seq: number): string => `p-${seq}`;

const full: Omit<Trace, "id"> = {
  at: 1_796_650_000_123,
  method: "POST",
  path: "/api/jwt/refresh",
  area: "jwt",
  credential: { kind: "dpop", bytes: 812 },
  checks: [
    {
      step: "verify_signature",
      where: "proxy",
      micros: 187.321,
      queries: 0,
      cached: false,
      ok: true,
      reason: "ok",
    },
    {
      step: "verify_dpop_proof",
      where: "dal",
      micros: 2_500_000.5,
      queries: 2,
      cached: true,
      ok: false,
      reason: "ERR_JWT_EXPIRED",
    },
  ],
  decision: { ok: false, reason: "ERR_JWT_EXPIRED" },
  status: 401,
  dbQueries: 3,
  totalMicros: 4211,
  setCookies: [{ name: "lab_jwt", bytes: 0, cleared: true, attributes: ["Path=/", "Max-Age=0"] }],
  instance: "lab-a",
};

describe("a compact trace", () => {
  it("gives back everything the inspector shows, and an id of its own", () => {
    const { id, ...rest } = expandTrace(compactTrace(41, full), idOf);
    expect(rest).toEqual(full);
    expect(id).toBe("p-41");
  });

  it("keeps a trace with no checks, no decision and no answer yet", () => {
    const bare: Omit<Trace, "id"> = {
      ...full,
      credential: { kind: "none", bytes: 0 },
      checks: [],
      decision: null,
      status: null,
      totalMicros: null,
      setCookies: [],
    };
    expect(expandTrace(compactTrace(1, bare), idOf)).toEqual({ ...bare, id: "p-1" });
  });

  it("keeps a whole number of nanoseconds exactly, as the recorder measures them", () => {
    for (const nanos of [1, 999, 123_457, 2 ** 31 + 7]) {
      const check = { ...full.checks[0]!, micros: nanos / 1000 };
      const [back] = expandTrace(compactTrace(1, { ...full, checks: [check] }), idOf).checks;
      expect(back?.micros).toBe(nanos / 1000);
    }
  });

  it("hands out a fresh copy each time it is read (a reader cannot change what is kept)", () => {
    const record = compactTrace(7, full);
    const first = expandTrace(record, idOf);
    first.checks.pop();
    first.setCookies.pop();
    expect(expandTrace(record, idOf)).toEqual({ ...full, id: "p-7" });
  });
});
