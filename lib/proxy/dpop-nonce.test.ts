import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { currentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";
import { offerDpopNonce } from "./dpop-nonce";

// Read once when the configuration loads: this file runs with server nonces switched on.
vi.hoisted(() => {
  process.env.DPOP_NONCE = "on";
});

const answer = (headers: Record<string, string>) => {
  const response = new Response(null, { status: 401 });
  offerDpopNonce(new NextRequest("http://lab.test/api/jwt/me", { headers }), response);
  return response.headers.get("DPoP-Nonce");
};

describe("the DPoP nonce on the proxy's answers", () => {
  it("is offered to a client that sent a proof, whatever the answer", () => {
    expect(answer({ dpop: "a.proof.here" })).toBe(currentDpopNonce());
  });

  it("is not offered to a client without one", () => {
    expect(answer({})).toBeNull();
  });
});
