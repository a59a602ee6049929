import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { csrfProblem, rejectCrossSite } from "./csrf";

const url = "http://lab.test/api/session/login";
const EXCEPT = "/api/threats/csrf/transfer";

describe("rejectCrossSite", () => {
  const request = (headers: Record<string, string>) =>
    new Request(url, { method: "POST", headers });

  it("lets same-origin browsers and non-browser clients through", () => {
    expect(
      rejectCrossSite(
        request({ host: "lab.test", origin: "http://lab.test", "sec-fetch-site": "same-origin" }),
      ),
    ).toBeNull();
    expect(rejectCrossSite(request({ host: "lab.test" }))).toBeNull();
  });

  it.each([
    [{ host: "lab.test", origin: "https://evil.example" }],
    [{ host: "lab.test", "sec-fetch-site": "cross-site" }],
    [{ host: "lab.test", "sec-fetch-site": "same-site", origin: "http://sub.lab.test" }],
    [{ host: "lab.test", origin: "null" }],
  ])("refuses %j with 403", async (headers) => {
    const response = rejectCrossSite(request(headers));
    expect(response?.status).toBe(403);
    expect(await response?.json()).toMatchObject({ error: "cross_site_request" });
  });
});

describe("csrfProblem: the proxy's one rule for every state change", () => {
  const sameOrigin = { host: "lab.test", origin: "http://lab.test" };
  const check = (method: string, path: string, headers: Record<string, string> = {}) =>
    csrfProblem(new NextRequest(`http://lab.test${path}`, { method, headers }), {
      except: EXCEPT,
    });

  it("leaves reads and the named exception alone, cross-site or not", () => {
    const crossSite = { host: "lab.test", origin: "https://evil.example" };
    expect(check("GET", "/session", crossSite)).toBeNull();
    expect(check("OPTIONS", "/api/session/login", crossSite)).toBeNull();
    expect(check("POST", EXCEPT, { ...crossSite, "content-type": "text/plain" })).toBeNull();
  });

  it("refuses a cross-site state change with 403 before looking at its body", async () => {
    const response = check("POST", "/api/session/login", {
      host: "lab.test",
      "sec-fetch-site": "cross-site",
      "content-type": "text/plain",
    });
    expect(response?.status).toBe(403);
    expect(await response?.json()).toMatchObject({ error: "cross_site_request" });
  });

  it("asks an API's body to be JSON (415), but not a preference form's", async () => {
    const form = { ...sameOrigin, "content-type": "application/x-www-form-urlencoded" };
    const response = check("POST", "/api/session/login", form);
    expect(response?.status).toBe(415);
    expect(await response?.json()).toMatchObject({ error: "unsupported_media_type" });
    expect(check("POST", "/api/theme", form)).toBeNull();
    expect(check("POST", "/session/login", form)).toBeNull();
  });

  it("refuses a server action sent without its arguments (400), by any method", async () => {
    const empty = { ...sameOrigin, "next-action": "abc", "content-length": "0" };
    for (const method of ["POST", "PUT", "DELETE"]) {
      const response = check(method, "/session", empty);
      expect(response?.status).toBe(400);
      expect(await response?.json()).toMatchObject({ error: "invalid_action_request" });
    }
    // An API route is held to the JSON rule only; its body-less request has nothing to refuse.
    expect(check("PUT", "/api/session/login", empty)).toBeNull();
    expect(check("POST", "/session", { ...empty, "content-length": "12" })).toBeNull();
  });
});
