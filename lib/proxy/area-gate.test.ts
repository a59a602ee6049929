import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { checkArea, markGated } from "./area-gate";

const request = (path: string) => new NextRequest(`http://lab.test${path}`);

describe("the area gate", () => {
  it("lets a public path through without a gate", async () => {
    expect(await checkArea(request("/compare"))).toEqual({ gate: null, refusal: null });
    expect(await checkArea(request("/session/login"))).toEqual({ gate: null, refusal: null });
  });

  it("sends a page without a credential to its area's login, keeping where it was going", async () => {
    const { gate, refusal } = await checkArea(request("/jwt/profile?tab=claims"));
    expect(gate).toEqual({ area: "jwt", kind: "page" });
    expect(refusal?.status).toBe(307);
    const login = new URL(refusal!.headers.get("location")!);
    expect(login.pathname).toBe("/jwt/login");
    expect(login.searchParams.get("next")).toBe("/jwt/profile?tab=claims");
  });

  it("answers an API without a credential 401", async () => {
    const { gate, refusal } = await checkArea(request("/api/sealed/me"));
    expect(gate).toEqual({ area: "sealed", kind: "api" });
    expect(refusal?.status).toBe(401);
  });

  it("keeps a gated answer out of caches, and only a gated one", async () => {
    const gated = NextResponse.next();
    await markGated({ area: "jwt", kind: "page" }, request("/jwt"), gated);
    expect(gated.headers.get("Cache-Control")).toBe("private, no-store");
    const open = NextResponse.next();
    await markGated(null, request("/compare"), open);
    expect(open.headers.get("Cache-Control")).toBeNull();
  });
});
