import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config } from "@/config";
import {
  INSTANCE_HEADER,
  NO_CONTENT_POLICY,
  nextWithNonce,
  withSecurityHeaders,
} from "./security-headers";

describe("the security headers", () => {
  it("give the proxy's own answers the no-content policy, keeping a page's own", () => {
    const refusal = withSecurityHeaders(new Response(null, { status: 403 }));
    expect(refusal.headers.get("Content-Security-Policy")).toBe(NO_CONTENT_POLICY);
    expect(refusal.headers.get("X-Frame-Options")).toBe("DENY");
    const page = new Response(null, {
      headers: { "Content-Security-Policy": "script-src 'self'" },
    });
    expect(withSecurityHeaders(page).headers.get("Content-Security-Policy")).toBe(
      "script-src 'self'",
    );
  });

  it("name the instance that answered, on a refusal and on a page alike", () => {
    const refusal = withSecurityHeaders(new Response(null, { status: 403 }));
    const page = withSecurityHeaders(
      new Response(null, { headers: { "Content-Security-Policy": "script-src 'self'" } }),
    );
    expect(refusal.headers.get(INSTANCE_HEADER)).toBe(config.instanceName);
    expect(page.headers.get(INSTANCE_HEADER)).toBe(config.instanceName);
  });

  it("give a page a fresh nonce, in its policy and in the request Next.js renders", () => {
    const nonces: string[] = [];
    const pass = () =>
      nextWithNonce(new NextRequest("http://lab.test/session"), (nonce) => {
        nonces.push(nonce);
        return `script-src 'nonce-${nonce}'`;
      });
    const response = pass();
    pass();
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[1]).not.toBe(nonces[0]);
    expect(response.headers.get("Content-Security-Policy")).toBe(`script-src 'nonce-${nonces[0]}'`);
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonces[0]);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(
      `script-src 'nonce-${nonces[0]}'`,
    );
  });
});
