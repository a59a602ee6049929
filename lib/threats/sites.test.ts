import { describe, expect, it } from "vitest";
import { originOf, requestOrigins, twinOrigin } from "./sites";

describe("the CSRF lab's twin site", () => {
  it("swaps localhost and 127.0.0.1, keeping the port", () => {
    expect(twinOrigin(originOf("localhost:3000"))).toBe("http://127.0.0.1:3000");
    expect(twinOrigin(originOf("127.0.0.1:3000"))).toBe("http://localhost:3000");
    expect(twinOrigin(originOf("LOCALHOST"))).toBe("http://127.0.0.1");
    expect(twinOrigin(originOf("[::1]:8080"))).toBe("http://localhost:8080");
  });

  it("has no twin for other names", () => {
    expect(twinOrigin(originOf("lab.example.com"))).toBeNull();
    expect(twinOrigin(originOf("192.168.1.5:3000"))).toBeNull();
  });

  it("refuses Host headers that are not a plain host[:port]", () => {
    for (const host of [null, "", "evil.com/path", "a b", "x@y", "localhost:99999999", "h:1:2"]) {
      expect(originOf(host)).toBeNull();
    }
    expect(twinOrigin(null)).toBeNull();
  });

  it("names a request's own origin and its twin from the Host header", () => {
    const host = (value: string | null) => ({ get: (n: string) => (n === "host" ? value : null) });
    expect(requestOrigins(host("localhost:3000"), "http")).toEqual({
      self: "http://localhost:3000",
      twin: "http://127.0.0.1:3000",
    });
    expect(requestOrigins(host("lab.example"), "https")).toEqual({
      self: "https://lab.example",
      twin: null,
    });
    expect(requestOrigins(host(null), "http")).toEqual({ self: null, twin: null });
  });
});
