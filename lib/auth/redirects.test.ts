import { describe, expect, it } from "vitest";
import { loginUrl, safeNextPath } from "./redirects";

describe("safeNextPath", () => {
  it.each([
    ["/session", "/session"],
    ["/session/devices?tab=2", "/session/devices?tab=2"],
    ["/jwt", "/session"], // other area
    ["/session/login", "/session"], // back to login would loop
    ["//evil.example/session", "/session"],
    ["/\\evil.example", "/session"],
    ["https://evil.example/session", "/session"],
    ["javascript:alert(1)", "/session"],
    ["/session/../jwt", "/session"],
    ["/admin", "/admin"], // admin pages are authenticated by the session
    ["/sessionfoo", "/session"],
    ["/session\n/x", "/session"],
    [undefined, "/session"],
    [["/session/a"], "/session"],
  ])("%j → %s", (next, expected) => {
    expect(safeNextPath(next, "session")).toBe(expected);
  });
});

it("keeps the admin pages out of the JWT area", () => {
  expect(safeNextPath("/admin", "jwt")).toBe("/jwt");
});

describe("loginUrl", () => {
  it("keeps the path inside the area and the reason", () => {
    expect(loginUrl("jwt", "/jwt/x?y=1", "ERR_JWT_EXPIRED")).toBe(
      "/jwt/login?next=%2Fjwt%2Fx%3Fy%3D1&reason=ERR_JWT_EXPIRED",
    );
  });
});
