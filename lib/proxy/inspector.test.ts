import { NextRequest, NextResponse } from "next/server";
import { describe, expect, it } from "vitest";
import { traceForInspector, withInspectorId } from "./inspector";

const request = (path: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://lab.test${path}`, { headers });

describe("the inspector's id for a browser", () => {
  it("is given with a page to a browser that has none", () => {
    expect(traceForInspector(request("/session"))).toMatch(/\S{16,}/);
  });

  it("is not given to API clients, with the JWKS, or again to a browser that has one", () => {
    expect(traceForInspector(request("/api/jwt/me"))).toBeNull();
    expect(traceForInspector(request("/.well-known/jwks.json"))).toBeNull();
    const known = traceForInspector(request("/session"))!;
    expect(traceForInspector(request("/session", { cookie: `lab_inspector=${known}` }))).toBeNull();
  });

  it("rides on whatever the proxy answers, a plain Response included", () => {
    const refusal = withInspectorId(new Response("no", { status: 403 }), "an-id");
    expect(refusal).toBeInstanceOf(NextResponse);
    expect(refusal.status).toBe(403);
    expect((refusal as NextResponse).cookies.get("lab_inspector")?.value).toBe("an-id");
    const untouched = new Response("ok");
    expect(withInspectorId(untouched, null)).toBe(untouched);
  });
});
