import { createRemoteJWKSet, jwtVerify } from "jose";
import { e2eBaseURL } from "./support/env";
import { apiLogin, expect, test } from "./support/fixtures";

test.describe("JWKS", () => {
  test("C29 a service holding only the published JWKS verifies the token, without the issuer's database", async ({
    request,
  }) => {
    const response = await request.get("/.well-known/jwks.json");
    expect(response.headers()["cache-control"]).toContain("max-age=300");
    expect(response.headers()["set-cookie"]).toBeUndefined();
    const jwks = await response.json();
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" }),
    ]);
    expect(JSON.stringify(jwks)).not.toContain('"d"'); // no private part, ever

    const { accessToken } = await apiLogin(request, "jwt");
    // An outside verifier: plain jose, the JWKS URL, and nothing else of ours.
    const keys = createRemoteJWKSet(new URL("/.well-known/jwks.json", e2eBaseURL));
    const { payload, protectedHeader } = await jwtVerify(accessToken, keys, {
      algorithms: ["EdDSA"],
      issuer: "session-vs-jwt-lab",
      audience: "session-vs-jwt-lab:api",
      typ: "at+jwt",
    });
    expect(protectedHeader.kid).toBe(jwks.keys[0].kid);
    expect(payload).toMatchObject({ name: "Alice Liddell", role: "user" });

    const tampered = `${accessToken.slice(0, -4)}AAAA`;
    await expect(jwtVerify(tampered, keys, { algorithms: ["EdDSA"] })).rejects.toMatchObject({
      code: "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    });
  });
});
