import { describe, expect, it } from "vitest";
import { customClaimsSchema, padding, secretWarnings } from "@/lib/auth/jwt/custom-claims";

describe("custom claims", () => {
  it("refuses registered claim names, odd names and too many claims", () => {
    for (const name of ["role", "exp", "sub", "1abc", "with space", "x".repeat(40)]) {
      expect(customClaimsSchema.safeParse({ claims: { [name]: "v" } }).success).toBe(false);
    }
    const many = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`c${i}`, "v"]));
    expect(customClaimsSchema.safeParse({ claims: many }).success).toBe(false);
    expect(customClaimsSchema.parse({ claims: { theme: "dark" } })).toEqual({
      claims: { theme: "dark" },
      padBytes: 0,
    });
  });

  it.each([
    ["password", "hunter2"],
    ["apiKey", "whatever"],
    ["note", "4111 1111 1111 1111"],
    ["note", "AKIAIOSFODNN7EXAMPLE"],
    ["note", "-----BEGIN PRIVATE KEY-----"],
  ])("warns about %s = %s", (name, value) => {
    expect(secretWarnings({ [name]: value })[0]).toMatch(/secrets never belong in a JWT/);
  });

  it("does not warn about ordinary claims", () => {
    expect(
      secretWarnings({ theme: "dark", language: "en", orders: "4111 1111 1111 1112" }),
    ).toEqual([]);
  });

  it("pads by exactly the bytes asked", () => {
    expect(padding(0)).toEqual({});
    expect(padding(100).pad).toHaveLength(100);
  });
});
