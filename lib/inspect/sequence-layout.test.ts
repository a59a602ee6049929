import { describe, expect, it } from "vitest";
import { layOutSequence, wrapLabel } from "@/lib/inspect/sequence-layout";
import type { Sequence } from "@/lib/inspect/sequence";

const label = { key: "x" };
const sequence: Sequence = {
  title: label,
  participants: ["browser", "proxy", "app"].map((id) => ({ id, label })),
  messages: [
    { from: "browser", to: "proxy", label },
    { from: "app", to: "app", label },
  ],
};

describe("a sequence diagram's layout", () => {
  it("wraps a long label onto lines, and splits a word too long for any line", () => {
    expect(wrapLabel("short label", 200)).toEqual(["short label"]);
    const lines = wrapLabel("verify signature (public key by its key id, kid), exp, iss, aud", 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("verify signature (public key by its key id, kid), exp, iss, aud");
    expect(wrapLabel("x".repeat(60), 100).join("")).toBe("x".repeat(60));
  });

  it("is as wide as its longest label, and taller for a wrapped one", () => {
    const names = new Map([["app", "페이지 또는 라우트 (DAL)"]]);
    const short = layOutSequence(sequence, names, ["GET /", "ok"]);
    expect(short.width).toBe(3 * 140);
    const long = layOutSequence(sequence, names, [
      "GET /api/jwt/me, Authorization: DPoP token + a fresh proof (htm, htu, iat, ath, jti, nonce)",
      "DAL: the proxy's lookup → ok, 0 queries, and a label long enough to need more room",
    ]);
    expect(long.rows[0]!.lines.length).toBeGreaterThan(1);
    expect(long.rows[0]!.y).toBeGreaterThan(short.rows[0]!.y);
    const self = long.rows[1]!;
    expect(long.width).toBeGreaterThanOrEqual(self.textX + 8);
    // A Korean lifeline name that does not fit its box goes onto two lines; every head grows.
    expect(long.lifelines[2]!.lines.length).toBe(2);
    expect(long.head).toBeGreaterThan(28);
  });
});
