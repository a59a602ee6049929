import { describe, expect, it } from "vitest";
import { originOf, twinOrigin } from "./sites";

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
});
