import { jwtVerify } from "jose";
import type { Library } from "@/lib/threats/libraries/library";

export const joseLibrary: Library = {
  id: "jose",
  packageName: "jose",
  quickStart: "await jwtVerify(token, publicKey)",
  options: [
    { id: "algorithms", code: 'algorithms: ["RS256"]' },
    { id: "issuer", code: "issuer: ISSUER" },
    { id: "audience", code: "audience: AUDIENCE" },
    { id: "typ", code: "typ: TYPE" },
    { id: "requiredClaims", code: 'requiredClaims: ["exp"]' },
  ],
  verifier: (key, on, expect) => {
    const options = {
      ...(on.has("algorithms") && { algorithms: ["RS256"] }),
      ...(on.has("issuer") && { issuer: expect.issuer }),
      ...(on.has("audience") && { audience: expect.audience }),
      ...(on.has("typ") && { typ: expect.typ }),
      ...(on.has("requiredClaims") && { requiredClaims: ["exp"] }),
    };
    return async (token) => (await jwtVerify(token, key.keyObject, options)).payload;
  },
};
