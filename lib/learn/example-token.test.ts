import { decodeProtectedHeader } from "jose";
import { describe, expect, it } from "vitest";
import { decryptToken } from "@/lib/auth/jwt/encryption";
import { getSigningKeys } from "@/lib/auth/jwt/keys";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import {
  EXAMPLE_AUDIENCE,
  EXAMPLE_SUBJECT,
  EXAMPLE_TOKEN_TYPE,
  makeExampleTokens,
} from "@/lib/learn/example-token";

const holder = { name: "Example visitor", role: "user" };
const fromBase64url = (segment: string) => Buffer.from(segment, "base64url").toString("utf8");

describe("the anatomy page's JWS and JWE of the same claims", () => {
  it("signs a three-part JWS with this server's current key; its payload reads as it is", async () => {
    const { jws, jwsHeader, payload } = await makeExampleTokens(holder);
    expect(jws.split(".")).toHaveLength(3);
    const { current } = await getSigningKeys();
    expect(jwsHeader).toEqual({ alg: current.alg, typ: EXAMPLE_TOKEN_TYPE, kid: current.kid });
    expect(payload).toMatchObject({ ...holder, sub: EXAMPLE_SUBJECT, aud: EXAMPLE_AUDIENCE });
    expect(fromBase64url(jws.split(".")[1]!)).toContain('"name":"Example visitor"');
  });

  it("encrypts that JWS whole into a five-part JWE whose parts read as nothing", async () => {
    const { jws, jwe, jweHeader } = await makeExampleTokens(holder);
    const parts = jwe.split(".");
    expect(parts).toHaveLength(5);
    expect(parts[1]).toBe(""); // `dir`: the key is this server's own, never sent
    expect(jweHeader).toEqual({ alg: "dir", enc: "A256GCM", cty: "JWT" });
    expect(decodeProtectedHeader(jwe)).toEqual(jweHeader);
    for (const part of parts.slice(2)) expect(fromBase64url(part)).not.toContain("Example");
    // Only this server's key opens it, and inside is the very JWS beside it.
    expect(await decryptToken(jwe)).toBe(jws);
  });

  it("is never a login: the access-token verifier refuses both, signed by the real key or not", async () => {
    const { jws, jwe } = await makeExampleTokens(holder);
    expect((await validateAccessToken(jws)).ok).toBe(false);
    expect((await validateAccessToken(jwe)).ok).toBe(false);
  });

  it("is made anew on every view (a fresh jti), with the holder's name and role", async () => {
    const [one, two] = await Promise.all([
      makeExampleTokens(holder),
      makeExampleTokens({ name: "Alice", role: "admin" }),
    ]);
    expect(one.payload.jti).not.toBe(two.payload.jti);
    expect(two.payload).toMatchObject({ name: "Alice", role: "admin" });
  });
});
