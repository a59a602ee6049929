import { describe, expect, it } from "vitest";
import { pinRequestHost, withRequestHost } from "@/server/request-url.mjs";

const META = Symbol.for("NextInternalRequestMeta");

describe("the request's own host in the URL Next.js records", () => {
  it("replaces the fixed host of every absolute URL written for the request", () => {
    const req: Record<symbol, Record<string, unknown>> = {};
    pinRequestHost(req, "lab.example.org");
    req[META]!.initURL = "http://localhost:3000/api/theme?x=1";
    expect(req[META]!.initURL).toBe("http://lab.example.org/api/theme?x=1");
    req[META]!.initURL = "https://127.0.0.1:3000/a";
    expect(req[META]!.initURL).toBe("https://lab.example.org/a");
    expect({ ...req[META] }.initURL).toBe("https://lab.example.org/a");
  });

  it("keeps a port, an IPv6 name, and anything that is not an absolute URL", () => {
    expect(withRequestHost("http://localhost:3000/p", "127.0.0.1:3100")).toBe(
      "http://127.0.0.1:3100/p",
    );
    expect(withRequestHost("http://localhost:3000/p", "[::1]:3000")).toBe("http://[::1]:3000/p");
    expect(withRequestHost("http://localhost:3000/p", "a.example:80")).toBe("http://a.example/p");
    expect(withRequestHost("/relative", "a.example")).toBe("/relative");
    expect(withRequestHost(undefined, "a.example")).toBe(undefined);
  });

  it("never lets a host that does not parse as one change the URL", () => {
    for (const bad of ["a.example/evil", "a b", "user@evil.example", ""]) {
      expect(withRequestHost("http://localhost:3000/p", bad)).toBe("http://localhost:3000/p");
    }
  });
});
