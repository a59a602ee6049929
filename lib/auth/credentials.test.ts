import { describe, expect, it } from "vitest";
import { cookieSettings } from "@/config";
import { readAccessToken, readSessionCookie } from "./credentials";

const cookies = (values: Record<string, string>) => ({
  get: (name: string) => (name in values ? { value: values[name] ?? "" } : undefined),
});
const headers = (values: Record<string, string>) => new Headers(values);

describe("readAccessToken", () => {
  const jwtCookie = cookieSettings.accessToken.name;

  it("prefers the Authorization header, then the cookie", () => {
    expect(
      readAccessToken(
        cookies({ [jwtCookie]: "c.c.c" }),
        headers({ authorization: "Bearer h.h.h" }),
      ),
    ).toEqual({
      token: "h.h.h",
      transport: "bearer",
    });
    expect(readAccessToken(cookies({ [jwtCookie]: "c.c.c" }), headers({}))).toEqual({
      token: "c.c.c",
      transport: "cookie",
    });
  });

  it("reads `Authorization: DPoP …` as the DPoP transport (the scheme in any case)", () => {
    for (const authorization of ["DPoP d.d.d", "dpop d.d.d"]) {
      expect(
        readAccessToken(cookies({ [jwtCookie]: "c.c.c" }), headers({ authorization })),
      ).toEqual({ token: "d.d.d", transport: "dpop" });
    }
  });

  it("treats a non-Bearer or malformed Authorization header as no credential", () => {
    for (const authorization of ["Basic YTpi", "Bearer", "Bearer a b", "bearer\ta.b.c", "DPoP"]) {
      expect(
        readAccessToken(cookies({ [jwtCookie]: "c.c.c" }), headers({ authorization })),
      ).toBeNull();
    }
  });
});

describe("readSessionCookie", () => {
  it("reads the sealed cookie, or null", () => {
    expect(readSessionCookie(cookies({ [cookieSettings.session.name]: "sealed" }))).toBe("sealed");
    expect(readSessionCookie(cookies({ [cookieSettings.session.name]: "" }))).toBeNull();
    expect(readSessionCookie(cookies({}))).toBeNull();
  });
});
