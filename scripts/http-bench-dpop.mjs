// The HTTP benchmark's DPoP client (RFC 9449): a key pair of its own, a login that binds the
// access token to it, and a fresh proof for every request it sends. A proof's jti is good for
// one request (the server records it), so proofs cannot be reused; they are signed synchronously
// with node:crypto inside autocannon's setupRequest, which costs the load generator one ES256
// signature (~50–80 µs) and a rebuilt request per request, on the same cores as the server.
import { createHash, generateKeyPairSync, randomUUID, sign } from "node:crypto";

const b64 = (value) => Buffer.from(value).toString("base64url");

/** An ES256 key pair and a signer of proofs with it; `nonce` follows the server's DPoP-Nonce. */
export function dpopClient() {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const { kty, crv, x, y } = publicKey.export({ format: "jwk" });
  const header = b64(JSON.stringify({ typ: "dpop+jwt", alg: "ES256", jwk: { kty, crv, x, y } }));
  const client = {
    nonce: undefined,
    /** A proof for one request: this method and URL, the token's hash, the current nonce. */
    proof(htm, htu, accessToken) {
      const claims = { jti: randomUUID(), htm, htu, iat: Math.floor(Date.now() / 1000) };
      if (accessToken !== undefined)
        claims.ath = createHash("sha256").update(accessToken, "ascii").digest("base64url");
      if (client.nonce !== undefined) claims.nonce = client.nonce;
      const input = `${header}.${b64(JSON.stringify(claims))}`;
      const signature = sign("sha256", Buffer.from(input), {
        key: privateKey,
        dsaEncoding: "ieee-p1363",
      });
      return `${input}.${signature.toString("base64url")}`;
    },
    /** Keeps the nonce an answer offers (every answer to a request with a proof carries one). */
    learn(headers) {
      const offered =
        typeof headers.get === "function"
          ? headers.get("dpop-nonce")
          : Object.entries(headers).find(([name]) => name.toLowerCase() === "dpop-nonce")?.[1];
      if (typeof offered === "string" && offered !== "") client.nonce = offered;
    },
  };
  return client;
}

/** Logs in with the DPoP transport (learning the nonce first): the access token bound to `client`. */
export async function logInWithDpop(base, client, credentials) {
  const url = `${base}/api/jwt/login`;
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", dpop: client.proof("POST", url) },
      body: JSON.stringify({ ...credentials, transport: "dpop" }),
    });
    client.learn(response.headers);
    if (response.ok) return (await response.json()).accessToken;
    // The first proof carries no nonce: the answer (400 use_dpop_nonce, RFC 9449 §8) offers one.
    if (attempt === 1 || client.nonce === undefined)
      throw new Error(`DPoP login: ${response.status} ${await response.text()}`);
  }
  throw new Error("DPoP login: no nonce offered");
}

/**
 * autocannon's request list for a DPoP resource request: each request gets a fresh proof, and
 * each answer's nonce is kept for the next ones.
 */
export function dpopRequests(client, url, accessToken) {
  return [
    {
      method: "GET",
      setupRequest: (request) => ({
        ...request,
        headers: {
          ...request.headers,
          authorization: `DPoP ${accessToken}`,
          dpop: client.proof("GET", url, accessToken),
        },
      }),
      onResponse: (_status, _body, _context, headers) => client.learn(headers),
    },
  ];
}
