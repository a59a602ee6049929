import crypto from "node:crypto";
import { CompactSign } from "jose";
import { describe, expect, it } from "vitest";
import { getSigningKeys, publicJwks } from "@/lib/auth/jwt/keys";
import { issueCheckInPass } from "@/lib/pass/issue";
import { PASS_AUDIENCE, PASS_ISSUER, PASS_TYPE, verifyPass } from "@/lib/pass/verify";
import { makeUser } from "@/lib/test/fixtures";
import { toPublicUser } from "@/lib/users/public-user";

// The check-in pass goes through the same shape and number rules as every other compact token.

async function issued(): Promise<string> {
  const pass = await issueCheckInPass(toPublicUser(await makeUser()));
  if (!pass.ok) throw new Error(pass.reason);
  return pass.token;
}

/** A pass signed by the server's own key over raw claims text (numbers JSON allows). */
async function rawPass(times: string): Promise<string> {
  const { current } = await getSigningKeys();
  const claims = `{"iss":"${PASS_ISSUER}","aud":"${PASS_AUDIENCE}","sub":"7","name":"A","evt":"E","jti":"${crypto.randomUUID()}",${times}}`;
  return new CompactSign(new TextEncoder().encode(claims))
    .setProtectedHeader({ alg: current.alg, typ: PASS_TYPE, kid: current.kid })
    .sign(current.privateKey);
}

describe("check-in passes: one spelling, sane numbers", () => {
  it("a padded or respelled pass is refused", async () => {
    const token = await issued();
    const jwks = await publicJwks();
    expect((await verifyPass(token, jwks)).ok).toBe(true);
    expect(await verifyPass(`${token}==`, jwks)).toEqual({
      ok: false,
      reason: "token_not_canonical",
    });
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const twin = alphabet[alphabet.indexOf(token.at(-1)!) + 1]!;
    expect(await verifyPass(`${token.slice(0, -1)}${twin}`, jwks)).toEqual({
      ok: false,
      reason: "token_not_canonical",
    });
  });

  it("a JWE or JSON serialization is no pass", async () => {
    const [h, p, s] = (await issued()).split(".");
    const jwks = await publicJwks();
    expect(await verifyPass(`${h}..${p}.AAAA.${s}`, jwks)).toEqual({
      ok: false,
      reason: "token_malformed",
    });
    expect(
      await verifyPass(JSON.stringify({ protected: h, payload: p, signature: s }), jwks),
    ).toEqual({ ok: false, reason: "token_malformed" });
  });

  it.each([
    ["exp 1e400", (now: number) => `"iat":${now},"exp":1e400`],
    ["exp with a fraction", (now: number) => `"iat":${now},"exp":${now + 60}.5`],
    ["iat 1e400", (now: number) => `"iat":1e400,"exp":${now + 60}`],
    ["exp before iat", (now: number) => `"iat":${now},"exp":${now - 1}`],
  ])("a pass with %s is refused", async (_name, times) => {
    const now = Math.floor(Date.now() / 1000);
    const jwks = await publicJwks();
    expect((await verifyPass(await rawPass(times(now)), jwks)).ok).toBe(false);
    expect((await verifyPass(await rawPass(`"iat":${now},"exp":${now + 60}`), jwks)).ok).toBe(true);
  });
});
