import {
  calculateJwkThumbprint,
  CompactSign,
  exportJWK,
  generateKeyPair,
  SignJWT,
  type JWK,
} from "jose";
import { describe, expect, it } from "vitest";
import { verifyDpopProof, type DpopPolicy, type DpopRequest } from "@/lib/auth/jwt/dpop";
import { currentDpopNonce, isCurrentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";
import { createDpopProof, generateDpopKeyPair } from "@/lib/dpop/proof";
import { createMemorySessionStore } from "@/lib/session-store/memory";

const URL_ME = "http://127.0.0.1:3000/api/jwt/me";
const TOKEN = "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl";
const store = createMemorySessionStore();
const policy = (nonceRequired = false): DpopPolicy => ({
  nonceRequired,
  claimOnce: (key, until, now) => store.claimOnce(key, until, now),
});

async function client() {
  const pair = await generateDpopKeyPair();
  return { ...pair, jkt: await calculateJwkThumbprint(pair.publicJwk, "sha256") };
}

async function check(
  proof: string | null,
  request: Partial<DpopRequest> = {},
  nonceRequired = false,
) {
  return verifyDpopProof(
    { proof, method: "GET", url: URL_ME, accessToken: TOKEN, ...request },
    policy(nonceRequired),
  );
}

/** A proof signed by `signer` but carrying whatever header it is given. */
async function handMade(header: Record<string, unknown>, claims: Record<string, unknown>) {
  const { privateKey } = await generateKeyPair("ES256");
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "ES256", typ: "dpop+jwt", ...header })
    .sign(privateKey);
}

describe("DPoP proofs (RFC 9449 §4.3): what the server accepts", () => {
  it("accepts a fresh proof for this method, URL and token, and names the key's thumbprint", async () => {
    const me = await client();
    const proof = await createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: TOKEN });
    const result = await check(proof, { expectedJkt: me.jkt });
    expect(result).toMatchObject({ ok: true, jkt: me.jkt });
  });

  it("ignores the query and fragment of htu, as the RFC says", async () => {
    const me = await client();
    const proof = await createDpopProof({ ...me, htm: "GET", htu: `${URL_ME}?a=1#x` });
    expect((await check(proof, { url: `${URL_ME}?b=2`, accessToken: undefined })).ok).toBe(true);
  });
});

describe("DPoP proofs: every rejection", () => {
  it("no proof, a malformed one, two joined, an oversized one", async () => {
    const me = await client();
    const proof = await createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: TOKEN });
    expect(await check(null)).toMatchObject({ ok: false, reason: "proof_missing" });
    expect(await check("not.a.proof!")).toMatchObject({ reason: "proof_malformed" });
    expect(await check("e30.e30.e30")).toMatchObject({ reason: "typ_invalid" });
    expect(await check(`${proof}, ${proof}`)).toMatchObject({ reason: "proof_malformed" });
    expect(await check(`${proof}${"A".repeat(5000)}`)).toMatchObject({
      error: "invalid_dpop_proof",
      reason: "proof_too_large",
    });
  });

  it("a signature by another key than the header's jwk (the wrong key)", async () => {
    const me = await client();
    const other = await client();
    const proof = await createDpopProof({
      privateKey: other.privateKey,
      publicJwk: me.publicJwk,
      htm: "GET",
      htu: URL_ME,
      accessToken: TOKEN,
    });
    expect(await check(proof)).toMatchObject({ ok: false, reason: "signature_invalid" });
  });

  it("a thumbprint other than the one the token is bound to (cnf.jkt)", async () => {
    const me = await client();
    const thief = await client();
    const proof = await createDpopProof({ ...thief, htm: "GET", htu: URL_ME, accessToken: TOKEN });
    expect(await check(proof, { expectedJkt: me.jkt })).toMatchObject({ reason: "jkt_mismatch" });
  });

  it("another method (htm) or another URL (htu)", async () => {
    const me = await client();
    const post = await createDpopProof({ ...me, htm: "POST", htu: URL_ME, accessToken: TOKEN });
    expect(await check(post)).toMatchObject({ reason: "htm_mismatch" });
    const elsewhere = await createDpopProof({
      ...me,
      htm: "GET",
      htu: "http://127.0.0.1:3000/api/jwt/claims",
      accessToken: TOKEN,
    });
    expect(await check(elsewhere)).toMatchObject({ reason: "htu_mismatch" });
    const otherHost = await createDpopProof({
      ...me,
      htm: "GET",
      htu: "http://evil.test/api/jwt/me",
      accessToken: TOKEN,
    });
    expect(await check(otherHost)).toMatchObject({ reason: "htu_mismatch" });
  });

  it("an iat too old, or too far ahead", async () => {
    const me = await client();
    // Judged at the very second the iats are counted from: on a busy machine a second or more
    // passes between signing and checking, and "6 s ahead" became 5 (accepted).
    const now = Math.floor(Date.now() / 1000);
    const at = { now: now * 1000 };
    for (const iat of [now - 61, now + 6]) {
      const proof = await createDpopProof({
        ...me,
        htm: "GET",
        htu: URL_ME,
        accessToken: TOKEN,
        iat,
      });
      expect(await check(proof, at)).toMatchObject({ reason: "iat_stale" });
    }
    const edge = await createDpopProof({
      ...me,
      htm: "GET",
      htu: URL_ME,
      accessToken: TOKEN,
      iat: now - 55,
    });
    expect((await check(edge, at)).ok).toBe(true);
  });

  it("a proof used twice (jti), while one with a new jti passes", async () => {
    const me = await client();
    const proof = await createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: TOKEN });
    expect((await check(proof)).ok).toBe(true);
    expect(await check(proof)).toMatchObject({ reason: "jti_reused" });
    const fresh = await createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: TOKEN });
    expect((await check(fresh)).ok).toBe(true);
  });

  it("a refused proof takes no place in the replay cache", async () => {
    const me = await client();
    const jti = crypto.randomUUID();
    const wrong = await createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: "x", jti });
    expect(await check(wrong)).toMatchObject({ reason: "ath_mismatch" });
    const right = await createDpopProof({
      ...me,
      htm: "GET",
      htu: URL_ME,
      accessToken: TOKEN,
      jti,
    });
    expect((await check(right)).ok).toBe(true);
  });

  it("ath missing, or the hash of another token", async () => {
    const me = await client();
    const none = await createDpopProof({ ...me, htm: "GET", htu: URL_ME });
    expect(await check(none)).toMatchObject({ reason: "ath_missing" });
    const other = await createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: "other" });
    expect(await check(other)).toMatchObject({ reason: "ath_mismatch" });
  });

  it("an algorithm not on the list (HS256, ES384, none), a wrong typ", async () => {
    const claims = { jti: crypto.randomUUID(), htm: "GET", htu: URL_ME, iat: Date.now() / 1000 };
    const hs = await new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256", typ: "dpop+jwt", jwk: { kty: "oct" } })
      .sign(new TextEncoder().encode("a".repeat(32)));
    expect(await check(hs)).toMatchObject({ reason: "alg_not_allowed" });
    const { privateKey, publicKey } = await generateKeyPair("ES384");
    const es384 = await new SignJWT(claims)
      .setProtectedHeader({ alg: "ES384", typ: "dpop+jwt", jwk: await exportJWK(publicKey) })
      .sign(privateKey);
    expect(await check(es384)).toMatchObject({ reason: "alg_not_allowed" });
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const none = `${encode({ alg: "none", typ: "dpop+jwt" })}.${encode(claims)}.`;
    expect(await check(none)).toMatchObject({ ok: false });
    expect(await check(`${none}AA`)).toMatchObject({ reason: "alg_not_allowed" });
    const me = await client();
    const jwt = await new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", typ: "JWT", jwk: me.publicJwk })
      .sign(me.privateKey);
    expect(await check(jwt)).toMatchObject({ reason: "typ_invalid" });
  });

  it("no jwk, a private key in the jwk, another curve", async () => {
    const claims = { jti: crypto.randomUUID(), htm: "GET", htu: URL_ME, iat: Date.now() / 1000 };
    expect(await check(await handMade({}, claims))).toMatchObject({ reason: "jwk_invalid" });
    const { privateKey } = await generateKeyPair("ES256", { extractable: true });
    const withD = (await exportJWK(privateKey)) as JWK;
    expect(await check(await handMade({ jwk: withD }, claims))).toMatchObject({
      reason: "jwk_invalid",
    });
    const { publicKey } = await generateKeyPair("ES384");
    expect(await check(await handMade({ jwk: await exportJWK(publicKey) }, claims))).toMatchObject({
      reason: "jwk_invalid",
    });
  });

  it("claims of the wrong shape (a short jti, no htu)", async () => {
    const me = await client();
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "ES256", typ: "dpop+jwt", jwk: me.publicJwk })
        .sign(me.privateKey);
    const iat = Math.floor(Date.now() / 1000);
    expect(await check(await sign({ jti: "short", htm: "GET", htu: URL_ME, iat }))).toMatchObject({
      reason: "claims_invalid",
    });
    expect(await check(await sign({ jti: crypto.randomUUID(), htm: "GET", iat }))).toMatchObject({
      reason: "claims_invalid",
    });
  });
});

describe("DPoP proofs: one spelling, sane numbers, no key-borne algorithm", () => {
  /** A proof by `me` over raw claims text, so a test can write numbers JSON allows. */
  async function rawProof(me: Awaited<ReturnType<typeof client>>, claims: string) {
    return new CompactSign(new TextEncoder().encode(claims))
      .setProtectedHeader({ alg: "ES256", typ: "dpop+jwt", jwk: me.publicJwk })
      .sign(me.privateKey);
  }

  function claimsText(iat: string, extra = ""): string {
    const fixed = `"jti":"${crypto.randomUUID()}","htm":"GET","htu":"${URL_ME}"`;
    return `{${fixed},"iat":${iat}${extra}}`;
  }

  it("a padded or respelled proof is refused before any decoding", async () => {
    const me = await client();
    const make = () => createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: TOKEN });
    expect(await check(`${await make()}==`)).toMatchObject({ reason: "proof_not_canonical" });
    const proof = await make();
    const [header, payload, signature = ""] = proof.split(".");
    // An ES256 signature is 64 bytes: the last of 86 characters carries 4 unused bits.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const twin = alphabet[alphabet.indexOf(signature.at(-1)!) + 1]!;
    const respelled = `${header}.${payload}.${signature.slice(0, -1)}${twin}`;
    expect(await check(respelled)).toMatchObject({ reason: "proof_not_canonical" });
    expect((await check(proof)).ok).toBe(true);
  });

  it("a JWE, or JSON serialization, where a proof (a compact JWS) is expected", async () => {
    const me = await client();
    const proof = await createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: TOKEN });
    const [header, payload, signature] = proof.split(".");
    expect(await check(`${header}..${payload}.AAAA.${signature}`)).toMatchObject({
      reason: "proof_malformed",
    });
    const flattened = JSON.stringify({ protected: header, payload, signature });
    expect(await check(flattened)).toMatchObject({ reason: "proof_malformed" });
  });

  it.each([
    ["iat 1e400", "1e400", ""],
    ["iat with a fraction", `${Math.floor(Date.now() / 1000)}.5`, ""],
    ["iat as a string", `"${Math.floor(Date.now() / 1000)}"`, ""],
    ["exp 1e400", `${Math.floor(Date.now() / 1000)}`, ',"exp":1e400'],
    ["nbf -1e400", `${Math.floor(Date.now() / 1000)}`, ',"nbf":-1e400'],
  ])("a proof with %s is refused", async (_name, iat, extra) => {
    const me = await client();
    const result = await check(await rawProof(me, claimsText(iat, extra)), {
      accessToken: undefined,
    });
    // jose refuses a string iat itself; the numbers JSON allows are ours to refuse.
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^(claims_invalid|proof_malformed)$/),
    });
    const fine = await rawProof(me, claimsText(String(Math.floor(Date.now() / 1000))));
    expect((await check(fine, { accessToken: undefined })).ok).toBe(true);
  });

  it("an embedded jwk without alg, or whose own alg is not the header's, is refused", async () => {
    const me = await client();
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const claims = encode({ jti: crypto.randomUUID(), htm: "GET", htu: URL_ME, iat: 1 });
    const noAlg = `${encode({ typ: "dpop+jwt", jwk: me.publicJwk })}.${claims}.AAAA`;
    expect(await check(noAlg)).toMatchObject({ reason: "alg_not_allowed" });
    for (const alg of ["HS256", "ES384", "none"]) {
      const proof = await handMadeBy(me, { jwk: { ...me.publicJwk, alg } });
      expect(await check(proof, { accessToken: undefined }), alg).toMatchObject({
        reason: "jwk_invalid",
      });
    }
    const same = await handMadeBy(me, { jwk: { ...me.publicJwk, alg: "ES256" } });
    expect((await check(same, { accessToken: undefined })).ok).toBe(true);
  });

  it("an unknown crit parameter is refused (jose's rule, pinned)", async () => {
    const me = await client();
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const header = {
      alg: "ES256",
      typ: "dpop+jwt",
      jwk: me.publicJwk,
      crit: ["urn:x"],
      "urn:x": 1,
    };
    const claims = {
      jti: crypto.randomUUID(),
      htm: "GET",
      htu: URL_ME,
      iat: Math.floor(Date.now() / 1000),
    };
    const input = `${encode(header)}.${encode(claims)}`;
    const signature = await crypto.subtle.sign(
      { name: "ECDSA", hash: "SHA-256" },
      me.privateKey,
      new TextEncoder().encode(input),
    );
    const proof = `${input}.${Buffer.from(signature).toString("base64url")}`;
    expect(await check(proof, { accessToken: undefined })).toMatchObject({ ok: false });
  });
});

/** A fresh, valid proof by `me` with extra header members. */
async function handMadeBy(me: Awaited<ReturnType<typeof client>>, header: Record<string, unknown>) {
  return new SignJWT({ htm: "GET", htu: URL_ME })
    .setProtectedHeader({ alg: "ES256", typ: "dpop+jwt", ...header })
    .setJti(crypto.randomUUID())
    .setIssuedAt()
    .sign(me.privateKey);
}

describe("DPoP nonces (RFC 9449 §8)", () => {
  it("a missing or stale nonce asks for one (use_dpop_nonce); the current one passes", async () => {
    const me = await client();
    const proof = (nonce?: string) =>
      createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: TOKEN, nonce });
    expect(await check(await proof(), {}, true)).toMatchObject({
      error: "use_dpop_nonce",
      reason: "nonce_missing",
    });
    const old = currentDpopNonce(Date.now() - 20 * 60 * 1000);
    expect(await check(await proof(old), {}, true)).toMatchObject({
      error: "use_dpop_nonce",
      reason: "nonce_stale",
    });
    expect(await check(await proof("0.forgedforgedforgedforg"), {}, true)).toMatchObject({
      reason: "nonce_stale",
    });
    expect((await check(await proof(currentDpopNonce()), {}, true)).ok).toBe(true);
  });

  it("a nonce is good for its window and the next, not later", () => {
    const now = Date.now();
    const nonce = currentDpopNonce(now);
    expect(isCurrentDpopNonce(nonce, now)).toBe(true);
    expect(isCurrentDpopNonce(nonce, now + 5 * 60 * 1000)).toBe(true);
    expect(isCurrentDpopNonce(nonce, now + 10 * 60 * 1000 + 1)).toBe(false);
    expect(isCurrentDpopNonce(`${nonce}x`, now)).toBe(false);
  });
});

describe("DPoP proofs: whatever the bytes, an answer and never a throw", () => {
  it("random headers and claims, and every one-character change of a real proof", async () => {
    const fc = await import("fast-check");
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const me = await client();
    const jwkish = fc.oneof(
      fc.constant(me.publicJwk),
      fc.record({
        kty: fc.constantFrom("EC", "OKP", "RSA", "oct"),
        crv: fc.string(),
        x: fc.string(),
        y: fc.string(),
      }),
      fc.json(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          typ: fc.constantFrom("dpop+jwt", "JWT"),
          alg: fc.constantFrom("ES256", "none", "HS256", "RS256"),
          jwk: jwkish,
        }),
        fc.dictionary(
          fc.constantFrom("jti", "htm", "htu", "iat", "ath", "nonce"),
          fc.oneof(fc.string(), fc.integer(), fc.json()),
        ),
        fc.uint8Array({ maxLength: 80 }),
        async (header, claims, signature) => {
          const proof = `${encode(header)}.${encode(claims)}.${Buffer.from(signature).toString("base64url")}`;
          const result = await check(proof, {}, true);
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
    const real = await createDpopProof({ ...me, htm: "GET", htu: URL_ME, accessToken: TOKEN });
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    for (let i = 0; i < real.length; i += 7) {
      const changed =
        real.slice(0, i) +
        alphabet[(alphabet.indexOf(real[i]!) + 1) % alphabet.length] +
        real.slice(i + 1);
      if (changed === real) continue;
      const result = await check(changed);
      expect(typeof result.ok).toBe("boolean");
    }
  });
});
