import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { documentPolicy } from "./document-policy";

const policyOf = (url: string) =>
  documentPolicy(new NextRequest(url, { headers: { host: new URL(url).host } }), "n0nce");

describe("a page's Content-Security-Policy", () => {
  it("runs only scripts with the request's nonce and lets forms post only to this site", () => {
    const policy = policyOf("http://localhost:3000/session");
    expect(policy).toContain("'nonce-n0nce'");
    expect(policy).toContain("form-action 'self';");
  });

  it("lets the CSRF lab's attacker page post to this server's twin name", () => {
    expect(policyOf("http://localhost:3000/threats/csrf/attacker")).toContain(
      "form-action 'self' http://127.0.0.1:3000;",
    );
  });

  it("is relaxed for the XSS lab's flawed page on the lab's own origin, and only there", () => {
    const relaxed = policyOf("http://lab.localhost:3000/threats/xss/victim");
    expect(relaxed).toContain("'unsafe-inline'");
    expect(relaxed).not.toContain("nonce");
    expect(policyOf("http://lab.localhost:3000/threats/xss/victim?csp=app")).toContain(
      "'nonce-n0nce'",
    );
  });
});
