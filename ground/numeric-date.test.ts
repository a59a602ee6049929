import { describe, expect, it } from "vitest";
import { haveSaneTimeClaims, isCounter, isNumericDate, MAX_NUMERIC_DATE } from "./numeric-date";

describe("isNumericDate", () => {
  it.each([0, 1, 1_796_000_000, MAX_NUMERIC_DATE])("accepts %d", (value) => {
    expect(isNumericDate(value)).toBe(true);
  });

  it.each([
    Number.parseFloat("1e400"),
    -Number.parseFloat("1e400"),
    NaN,
    -1,
    1.5,
    MAX_NUMERIC_DATE + 1,
    2 ** 53,
    "1796000000",
    null,
    undefined,
    {},
  ])("refuses %j", (value) => {
    expect(isNumericDate(value)).toBe(false);
  });
});

describe("isCounter", () => {
  it("is a non-negative safe integer", () => {
    expect([0, 7, 2 ** 53 - 1].every(isCounter)).toBe(true);
    expect([-1, 1.5, 2 ** 53, Infinity, "1"].some(isCounter)).toBe(false);
  });
});

describe("haveSaneTimeClaims", () => {
  it("holds when every present time claim is a NumericDate, in order", () => {
    expect(haveSaneTimeClaims({})).toBe(true);
    expect(haveSaneTimeClaims({ auth_time: 5, iat: 10, nbf: 10, exp: 20 })).toBe(true);
  });

  it.each([
    [{ exp: Infinity }],
    [{ iat: 10, exp: 9 }],
    [{ nbf: 30, exp: 20 }],
    [{ auth_time: 11, iat: 10 }],
    [{ auth_time: 1.5 }],
    [{ nbf: "0" }],
  ])("fails for %j", (claims) => {
    expect(haveSaneTimeClaims(claims)).toBe(false);
  });
});
