import { describe, expect, it } from "vitest";
import { checkJwtCredential } from "@/lib/auth/check/jwt";
import { cookieSettings } from "@/config";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { customClaimsSchema } from "@/lib/auth/jwt/custom-claims";
import { currentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";
import { createDpopProof, generateDpopKeyPair } from "@/lib/dpop/proof";
import { currentRequest, runInRequest } from "@/ground/context";
import { makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";
import { calculateJwkThumbprint } from "jose";

const HOST = "127.0.0.1:3000";
const noCookies = { get: () => undefined };

/** Runs `fn` as the server would for `GET /api/jwt/me`: inside a request context. */
function asRequest<T>(fn: () => Promise<T>): Promise<T> {
  return runInRequest(() => {
    Object.assign(currentRequest()!, { method: "GET", target: "/api/jwt/me" });
    return fn();
  });
}

async function boundToken() {
  const key = await generateDpopKeyPair();
  const jkt = await calculateJwkThumbprint(key.publicJwk, "sha256");
  const { token } = await createAccessToken(toPublicUser(await makeUser()), Date.now(), { jkt });
  const proof = await createDpopProof({
    ...key,
    htm: "GET",
    htu: `http://${HOST}/api/jwt/me`,
    accessToken: token,
    nonce: currentDpopNonce(),
  });
  return { token, proof, key };
}

describe("a DPoP-bound token in the JWT check (RFC 9449 §7)", () => {
  it("passes with its key's proof — checked twice in one request (proxy, DAL), spent once", async () => {
    const { token, proof } = await boundToken();
    const headers = new Headers({ host: HOST, authorization: `DPoP ${token}`, dpop: proof });
    await asRequest(async () => {
      expect(await checkJwtCredential(noCookies, headers)).toMatchObject({
        ok: true,
        transport: "dpop",
      });
      expect(await checkJwtCredential(noCookies, headers)).toMatchObject({ ok: true });
    });
    // The same proof in another request is a replay.
    await asRequest(async () => {
      expect(await checkJwtCredential(noCookies, headers)).toEqual({
        ok: false,
        reason: "dpop_jti_reused",
      });
    });
  });

  it("is refused as a Bearer token or a cookie; an unbound token is refused as DPoP", async () => {
    const { token } = await boundToken();
    await asRequest(async () => {
      const bearer = new Headers({ host: HOST, authorization: `Bearer ${token}` });
      expect(await checkJwtCredential(noCookies, bearer)).toEqual({
        ok: false,
        reason: "dpop_bound_token",
      });
      const jar = {
        get: (name: string) =>
          name === cookieSettings.accessToken.name ? { value: token } : undefined,
      };
      expect(await checkJwtCredential(jar, new Headers({ host: HOST }))).toMatchObject({
        reason: "dpop_bound_token",
      });
      const { token: plain } = await createAccessToken(toPublicUser(await makeUser()));
      const asDpop = new Headers({ host: HOST, authorization: `DPoP ${plain}` });
      expect(await checkJwtCredential(noCookies, asDpop)).toMatchObject({
        reason: "dpop_token_unbound",
      });
    });
  });

  it("a proof for this token and key, but another host, is refused", async () => {
    const { token, proof } = await boundToken();
    const headers = new Headers({
      host: "other.test",
      authorization: `DPoP ${token}`,
      dpop: proof,
    });
    await asRequest(async () => {
      expect(await checkJwtCredential(noCookies, headers)).toMatchObject({
        reason: "dpop_htu_mismatch",
      });
    });
  });

  it("a user cannot choose auth_time or cnf as custom claims", async () => {
    for (const name of ["auth_time", "cnf", "ver", "fid"]) {
      expect(customClaimsSchema.safeParse({ claims: { [name]: "x" } }).success).toBe(false);
    }
  });
});
