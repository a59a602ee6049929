import { describe, expect, it } from "vitest";
import { englishRuns } from "./untranslated";

describe("englishRuns", () => {
  it("finds English prose on a Korean page", () => {
    expect(englishRuns("Skip to content")).toEqual(["Skip to content"]);
    expect(englishRuns("세션 Log in to both areas 하세요")).toEqual(["Log in to both areas"]);
    expect(englishRuns("토큰은 in 14 min 후에 만료")).toEqual([]);
  });

  it("lets technical terms and short fragments stand in Korean prose", () => {
    expect(englishRuns("JWT는 HttpOnly 쿠키에 담깁니다")).toEqual([]);
    expect(englishRuns("Set-Cookie: SameSite=Lax; Path=/")).toEqual([]);
    expect(englishRuns("Session vs JWT Lab")).toEqual([]);
    expect(englishRuns("alice로 로그인됨 (admin)")).toEqual([]);
  });

  it("ends a run at a digit or a Korean letter", () => {
    expect(englishRuns("one two 3 four five")).toEqual([]);
    expect(englishRuns("one two 세 four five")).toEqual([]);
    expect(englishRuns("one, two — three")).toEqual(["one, two — three"]);
  });
});
