import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { xssLabOriginProblem } from "@/lib/threats/xss-origin-gate";

/** The visitor's language goes along to the lab's origin, another host its cookie never reaches. */
describe("the XSS lab's origin and the visitor's language", () => {
  const request = (url: string, cookie?: string) =>
    new NextRequest(url, {
      headers: { host: new URL(url).host, ...(cookie ? { cookie } : {}) },
    });

  it("sends the flawed page to the lab's name with the chosen language in the address", () => {
    const answer = xssLabOriginProblem(
      request("http://localhost:3000/threats/xss/victim?csp=app", "lab_lang=ko"),
    );
    expect(answer?.status).toBe(307);
    const location = new URL(answer!.headers.get("location")!);
    expect(location.host).toBe("lab.localhost:3000");
    expect(Object.fromEntries(location.searchParams)).toEqual({ csp: "app", lang: "ko" });
  });

  it("keeps the language in the lab name's own cookie and drops it from the address", () => {
    const answer = xssLabOriginProblem(
      request("http://lab.localhost:3000/threats/xss/victim?csp=app&lang=ko"),
    );
    expect(answer?.status).toBe(307);
    expect(answer!.headers.get("location")).toBe(
      "http://lab.localhost:3000/threats/xss/victim?csp=app",
    );
    expect(answer!.headers.get("set-cookie")).toMatch(/^lab_lang=ko;/);
  });

  it("serves the page itself when no language is carried, or one it does not speak", () => {
    expect(xssLabOriginProblem(request("http://lab.localhost:3000/threats/xss/victim"))).toBeNull();
    const unknown = xssLabOriginProblem(
      request("http://lab.localhost:3000/threats/xss/victim?lang=xx"),
    );
    expect(unknown).toBeNull();
  });

  it("sends a write to the flawed page's address on to the lab by GET (303), never re-posting it", () => {
    const posted = new NextRequest("http://localhost:3000/threats/xss/victim?lang=ko", {
      method: "POST",
      headers: { host: "localhost:3000", "next-action": "7f0123abcd" },
      body: "[]",
    });
    expect(xssLabOriginProblem(posted)?.status).toBe(303);
    const onLab = new NextRequest("http://lab.localhost:3000/threats/xss/victim?lang=ko", {
      method: "POST",
      headers: { host: "lab.localhost:3000" },
      body: "x",
    });
    // The lab's origin is only ever read: a write is refused there, language or not.
    expect(xssLabOriginProblem(onLab)?.status).toBe(405);
  });
});
