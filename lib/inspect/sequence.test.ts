import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { traceToSequence, type SequenceMessage } from "@/lib/inspect/sequence";
import { sayPhrase, type Translate } from "@/lib/ui/phrase";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import type { Trace, TraceCheck } from "@/lib/inspect/trace";

const say = (messages: object, message: SequenceMessage | undefined): string =>
  sayPhrase(createTranslator({ locale: "en", messages }) as unknown as Translate, message!.label);

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
    instance: "a",
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
    expect(say(en, sequence.messages[4])).toBe("use the proxy's answer → ok");
    expect(say(ko, sequence.messages[4])).toBe("프록시의 답 사용 → 통과");
    expect(say(en, sequence.messages.at(-1))).toBe("200");
    expect(sequence.messages.at(-1)).toMatchObject({ queries: 1, micros: 900 });
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
    expect(say(en, sequence.messages[0])).toBe("GET /api/jwt/me (JWT cookie, 500 B)");
    expect(say(en, sequence.messages[4])).toBe("verify signature (memo)");
    expect(say(ko, sequence.messages[4])).toBe("서명 검증 (메모)");
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
    expect(say(en, sequence.messages[0])).toBe("GET /api/session/me (no credential)");
    expect(say(ko, sequence.messages[0])).toBe("GET /api/session/me (자격 증명 없음)");
    expect(say(en, sequence.messages[1])).toBe("unseal cookie → no credential");
  });
});
