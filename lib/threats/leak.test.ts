import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@/db/client";
import { findUserByUsername } from "@/db/queries/users";
import { es256, joinToken, signingInput } from "@/lib/threats/jwt-range/forge";
import { stealToyDatabase } from "@/lib/threats/leak";
import { leakKey, retireLeakedKey, verifyWithLeakedKey } from "@/lib/threats/leaked-key";

describe("the database leak (/threats/session)", () => {
  it("hands over only the toy user's rows; no stolen value works as a credential; the live ones do", async () => {
    const result = await stealToyDatabase(null);
    if (!result.ok) throw new Error("throttled");
    const { leak } = result;
    expect(leak.username).toMatch(/^lab-/);
    expect(Object.keys(leak.rows)).toEqual(["users", "sessions", "refresh_tokens", "signing_keys"]);
    expect(leak.stolen.map((s) => [s.what, s.works])).toEqual([
      ["users.password_hash", false],
      ["sessions.id", false],
      ["refresh_tokens.id", false],
      ["signing_keys.sealed_private_jwk", false],
    ]);
    expect(leak.stolen[1]!.verdict).toContain("session_token_malformed");
    expect(leak.stolen[1]!.verdict).toContain("session_not_found");
    expect(leak.stolen[2]!.verdict).toContain("refresh_invalid");
    expect(leak.control.map((c) => c.works)).toEqual([true, true, true]);
    // Nothing outlives the answer: the toy login's session and refresh family are ended.
    const { id } = (await findUserByUsername(leak.username))!;
    const [live] = await queryRows(
      sql`SELECT (SELECT count(*) FROM sessions WHERE user_id = ${id}) + (SELECT count(*) FROM refresh_tokens WHERE user_id = ${id} AND revoked_at IS NULL)`,
    );
    expect(Number(live![0])).toBe(0);
  });

  it("a leaked signing key mints any token the verification accepts — until the key is retired", async () => {
    const { labId, privateJwk, audience, issuer } = await leakKey();
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "ES256", typ: "at+jwt", kid: privateJwk.kid };
    const payload = {
      iss: issuer,
      aud: audience,
      sub: "424243",
      name: "Toy Tina",
      role: "admin",
      ver: 0,
      iat: now,
      exp: now + 300,
      jti: "forged-1",
    };
    const forged = joinToken({
      header,
      payload,
      signature: await es256(signingInput(header, payload), privateJwk as JsonWebKey),
    });
    expect(await verifyWithLeakedKey(labId, forged)).toMatchObject({
      accepted: true,
      claims: { role: "admin" },
    });
    expect(retireLeakedKey(labId)).toBe(true);
    expect(await verifyWithLeakedKey(labId, forged)).toEqual({
      accepted: false,
      reason: "ERR_JWKS_NO_MATCHING_KEY",
    });
    expect(await verifyWithLeakedKey("x".repeat(22), forged)).toBeNull();
  });

  it("one visitor leaking key after key evicts only their own oldest, never another visitor's", async () => {
    const theirs = await leakKey("203.0.113.7");
    const first = await leakKey("198.51.100.9");
    // More than the whole pool held before it was counted per client (200 keys).
    for (let i = 0; i < 250; i++) await leakKey("198.51.100.9");
    expect(await verifyWithLeakedKey(theirs.labId, "e30.e30.AAAA")).not.toBeNull();
    expect(await verifyWithLeakedKey(first.labId, "e30.e30.AAAA")).toBeNull();
  });
});
