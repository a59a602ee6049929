import { KEYUTIL, KJUR, type RSAKey } from "jsrsasign";
import type { Library } from "@/lib/threats/libraries/library";

// jsrsasign answers false instead of throwing: the matrix counts false as a refusal.
export const jsrsasignLibrary: Library = {
  id: "jsrsasign",
  packageName: "jsrsasign",
  quickStart: 'KJUR.jws.JWS.verifyJWT(token, publicKey, { alg: ["RS256"] })',
  options: [
    { id: "iss", code: "iss: [ISSUER]" },
    { id: "aud", code: "aud: [AUDIENCE]" },
  ],
  verifier: (key, on, expect) => {
    const publicKey = KEYUTIL.getKey(key.pem) as RSAKey;
    const accept = {
      alg: ["RS256"], // the quick-start's own: jsrsasign requires the list
      ...(on.has("iss") && { iss: [expect.issuer] }),
      ...(on.has("aud") && { aud: [expect.audience] }),
    };
    return async (token) => {
      if (!KJUR.jws.JWS.verifyJWT(token, publicKey, accept))
        throw new Error("verifyJWT answered false");
      return KJUR.jws.JWS.readSafeJSONString(KJUR.jws.JWS.parse(token).payloadPP ?? "");
    };
  },
};
