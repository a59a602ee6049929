import { describe, expect, it } from "vitest";
import {
  isXssLabHost,
  xssLabOriginAnswer,
  xssLabOriginFor,
  XSS_TOY_API,
  XSS_TOY_BFF_API,
} from "@/lib/threats/xss-origin";
import { XSS_VICTIM_PAGE } from "@/lib/threats/xss-policy";
import { allowedHostnames, isAllowedHost } from "@/server/front-door.mjs";

describe("the XSS lab's own origin", () => {
  it("is lab.localhost on loopback, LAB_ORIGIN's host when set, and nothing else", () => {
    expect(isXssLabHost("lab.localhost:3000", null)).toBe(true);
    expect(isXssLabHost("LAB.localhost:3000", null)).toBe(true);
    expect(isXssLabHost("lab.example.net", "https://lab.example.net")).toBe(true);
    for (const host of ["localhost:3000", "127.0.0.1:3000", "x.lab.localhost", "lab.example.net"]) {
      expect(isXssLabHost(host, null)).toBe(false);
    }
    expect(isXssLabHost("app.example.org", "https://lab.example.net")).toBe(false);
    expect(isXssLabHost("lab.localhost@evil", null)).toBe(false);
    expect(isXssLabHost(null, null)).toBe(false);
  });

  it("is the same name spelled with a trailing dot (the front door accepts both spellings)", () => {
    expect(isXssLabHost("lab.localhost.:3000", null)).toBe(true);
    expect(isXssLabHost("LAB.localhost.", null)).toBe(true);
    expect(isXssLabHost("lab.example.net.", "https://lab.example.net")).toBe(true);
    expect(xssLabOriginFor("localhost.:3000", null, "http")).toBe("http://lab.localhost:3000");
  });

  it("is reached on the request's port over loopback, at LAB_ORIGIN when set, and nowhere on a hosted name without it", () => {
    expect(xssLabOriginFor("127.0.0.1:3100", null, "http")).toBe("http://lab.localhost:3100");
    expect(xssLabOriginFor("localhost:3000", null, "http")).toBe("http://lab.localhost:3000");
    expect(xssLabOriginFor("[::1]:3000", null, "http")).toBe("http://lab.localhost:3000");
    expect(xssLabOriginFor("app.example.org", null, "https")).toBe(null);
    expect(xssLabOriginFor("app.example.org", "https://lab.example.net/", "https")).toBe(
      "https://lab.example.net",
    );
    expect(xssLabOriginFor("bad host", null, "http")).toBe(null);
  });

  it("serves the flawed page (read only), its toy API and what its header asks — nothing of the app", () => {
    expect(xssLabOriginAnswer("GET", XSS_VICTIM_PAGE)).toBe("serve");
    expect(xssLabOriginAnswer("POST", XSS_VICTIM_PAGE)).toBe(405);
    expect(xssLabOriginAnswer("POST", XSS_TOY_API)).toBe("serve");
    expect(xssLabOriginAnswer("POST", XSS_TOY_BFF_API)).toBe("serve");
    expect(xssLabOriginAnswer("POST", "/api/theme")).toBe("serve");
    expect(xssLabOriginAnswer("GET", "/api/inspect/whoami")).toBe("serve");
    expect(xssLabOriginAnswer("POST", "/api/inspect/whoami")).toBe(405);
    for (const path of [
      "/api/jwt/refresh",
      "/api/jwt/login",
      "/api/session/login",
      "/api/sealed/login",
      "/api/signup",
      "/api/inspect/stream",
      "/jwt/login",
      "/threats/xss",
      "/threats/xss/victim/",
      "/.well-known/jwks.json",
      "/",
    ]) {
      expect(xssLabOriginAnswer("GET", path)).toBe(404);
      expect(xssLabOriginAnswer("POST", path)).toBe(404);
    }
  });

  it("is a name the front door answers to: lab.localhost always, LAB_ORIGIN's host once set", () => {
    expect(isAllowedHost("lab.localhost:3000", allowedHostnames({}))).toBe(true);
    expect(isAllowedHost("lab.example.net", allowedHostnames({}))).toBe(false);
    const hosted = allowedHostnames({ LAB_ORIGIN: "https://lab.example.net" });
    expect(isAllowedHost("lab.example.net", hosted)).toBe(true);
  });
});
