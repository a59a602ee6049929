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

  it("sends any other request without a credential to the login by GET (303), never re-posting it", async () => {
    // A 307 keeps the method: the browser would post its body to the login page.
    const posted = new NextRequest("http://lab.test/jwt/profile", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    const { refusal } = await checkArea(posted);
    expect(refusal?.status).toBe(303);
    expect(new URL(refusal!.headers.get("location")!).pathname).toBe("/jwt/login");
  });

  it("leaves a server action sent from a page to the action's own check", async () => {
    // An action is reached at any URL, so the page's gate never guarded it: every action asks
    // the DAL itself, and answers a lapsed credential with its own redirect to the login.
    const scripted = new NextRequest("http://lab.test/session/devices", {
      method: "POST",
      headers: { "next-action": "7f0123abcd", "content-type": "text/plain;charset=UTF-8" },
      body: "[]",
    });
    expect(await checkArea(scripted)).toEqual({
      gate: { area: "session", kind: "page" },
      refusal: null,
    });
    const form = new FormData();
    form.set("$ACTION_ID_7f0123abcd", "");
    form.set("count", "1");
    const withoutScript = new NextRequest("http://lab.test/session/devices", {
      method: "POST",
      body: form,
    });
    expect((await checkArea(withoutScript)).refusal).toBeNull();
  });

  it("does not take a form post without an action for one", async () => {
    const form = new URLSearchParams({ count: "1" });
    const posted = new NextRequest("http://lab.test/session/devices", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    expect((await checkArea(posted)).refusal?.status).toBe(303);
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
