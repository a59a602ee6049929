import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { rememberLabChoices } from "./lab-cookies";

function visit(path: string, headers: Record<string, string> = {}): NextResponse {
  const response = NextResponse.next();
  rememberLabChoices(new NextRequest(`http://lab.test${path}`, { headers }), response);
  return response;
}

describe("the lab's preference cookies a visit sets", () => {
  it("remembers the area whose page was visited, and the tour's step", () => {
    expect(visit("/jwt/profile").cookies.get("lab_mode")?.value).toBe("jwt");
    expect(visit("/sealed").cookies.get("lab_mode")?.value).toBe("sealed");
    expect(visit("/tour/3").cookies.get("lab_tour")?.value).toBe("3");
  });

  it("sets nothing the browser already holds, nor for pages outside the areas and the tour", () => {
    expect(
      visit("/session", { cookie: "lab_mode=session" }).cookies.get("lab_mode"),
    ).toBeUndefined();
    expect(visit("/tour/3", { cookie: "lab_tour=3" }).cookies.get("lab_tour")).toBeUndefined();
    expect(visit("/compare").cookies.getAll()).toEqual([]);
    expect(visit("/tour/0").cookies.getAll()).toEqual([]);
    expect(visit("/api/jwt/me").cookies.getAll()).toEqual([]);
  });

  it("lets a prefetch choose nothing", () => {
    expect(visit("/jwt", { "sec-purpose": "prefetch" }).cookies.getAll()).toEqual([]);
    expect(visit("/tour/2", { purpose: "prefetch" }).cookies.getAll()).toEqual([]);
  });
});
