// What a learner must see of its own lab, and nothing else: the settings it chose (values no
// other learner chose), its users, its tokens with its lab's claim, its keys.

const ALGORITHMS = ["ES256", "HS256"]; // every lab starts on EdDSA: each learner switches away
const REVOCATIONS = ["none", "denylist", "token-version"];

/** What this learner's lab must say after its switches: values no other learner chose. */
export function ownSettings(index) {
  return {
    revocation: REVOCATIONS[index % REVOCATIONS.length],
    algorithm: ALGORITHMS[index % ALGORITHMS.length],
    accessTtl: 60 + index,
    cookieCacheSeconds: 1 + (index % 300),
  };
}

function decodeJwt(token) {
  const [header, payload] = token.split(".");
  const part = (text) => JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  return { header: part(header), claims: part(payload) };
}

export async function expectUser(learner, kind, target, userId) {
  const me = await learner.call(kind, "GET", target);
  if (me === null) return;
  learner.check(me.body.user?.id === userId, `${kind}: its own user`, me.body.user);
  if (me.body.claims !== undefined) {
    learner.check(me.body.claims.lab === learner.labId, `${kind}: its lab claim`, me.body.claims);
  }
}

export function expectOwnToken(learner, token) {
  const decoded = decodeJwt(token);
  learner.check(decoded.claims.lab === learner.labId, "its token's lab claim", decoded.claims);
  learner.check(decoded.claims.sub === String(learner.aliceId), "its token's subject", decoded);
  learner.seen.kids.add(decoded.header.kid);
  learner.accessToken = token;
  return decoded;
}

export function noteKeys(learner, keys) {
  for (const key of keys) learner.seen.kids.add(key.kid);
}

/** A refresh after the switches: a token with its lifetime, its algorithm, its key, its lab. */
export async function expectNewLifetime(learner, own) {
  const refreshed = await learner.call("jwt refresh", "POST", "/api/jwt/refresh");
  if (refreshed === null) return;
  const { header, claims } = expectOwnToken(learner, refreshed.body.accessToken);
  learner.check(claims.exp - claims.iat === own.accessTtl, "its access lifetime", {
    lifetime: claims.exp - claims.iat,
    wanted: own.accessTtl,
  });
  learner.check(header.alg === own.algorithm, "its algorithm", header);
  learner.check(header.kid === learner.currentKid, "its signing key", header);
  await expectUser(learner, "jwt me", "/api/jwt/me", learner.aliceId);
}
