import { describe, expect, it } from "vitest";
import { areaOf, gateFor } from "./gates";

describe("gateFor", () => {
  it.each([
    ["/session", { area: "session", kind: "page" }],
    ["/session/devices", { area: "session", kind: "page" }],
    ["/jwt", { area: "jwt", kind: "page" }],
    ["/sealed", { area: "sealed", kind: "page" }],
    ["/api/sealed/me", { area: "sealed", kind: "api" }],
    ["/sealed/login", null],
    ["/api/sealed/login", null],
    ["/api/sealed/logout", null],
    ["/cookies", null],
    ["/api/session/me", { area: "session", kind: "api" }],
    ["/api/jwt/me", { area: "jwt", kind: "api" }],
    ["/admin", { area: "session", kind: "page" }],
    ["/api/admin/users", { area: "session", kind: "api" }],
    ["/account", { area: "session", kind: "page" }],
    ["/api/account/password", { area: "session", kind: "api" }],
    ["/session/login", null],
    ["/api/jwt/login", null],
    ["/jwt/bff", null],
    ["/api/jwt/bff/login", null],
    ["/api/jwt/bff/logout", null],
    ["/api/jwt/bff/me", { area: "jwt", kind: "api", credential: "bff" }],
    ["/api/jwt/bff/anything", { area: "jwt", kind: "api", credential: "bff" }],
    ["/api/jwt/resource", { area: "jwt", kind: "api" }],
    ["/api/session/logout", null],
    ["/", null],
    ["/compare", null],
    ["/sessionx", null],
    ["/administrator", null],
    ["/api/threats/proxy-gate/checked", { area: "session", kind: "api" }],
    ["/api/threats/proxy-gap/checked", null], // the session lab's deliberate matcher mistake
  ])("%s", (path, gate) => {
    expect(gateFor(path)).toEqual(gate);
  });

  it("names the area of public pages too, for the inspector", () => {
    expect(areaOf("/jwt/login")).toBe("jwt");
    expect(areaOf("/api/session/login")).toBe("session");
    expect(areaOf("/sealed/login")).toBe("sealed");
    expect(areaOf("/signup")).toBe("other");
  });
});
