import jwt from "jsonwebtoken";
import type { Library } from "@/lib/threats/libraries/library";

export const jsonwebtokenLibrary: Library = {
  id: "jsonwebtoken",
  packageName: "jsonwebtoken",
  quickStart: "jwt.verify(token, publicKey)",
  options: [
    { id: "algorithms", code: 'algorithms: ["RS256"]' },
    { id: "issuer", code: "issuer: ISSUER" },
    { id: "audience", code: "audience: AUDIENCE" },
  ],
  verifier: (key, on, expect) => {
    const options: jwt.VerifyOptions = {
      ...(on.has("algorithms") && { algorithms: ["RS256"] }),
      ...(on.has("issuer") && { issuer: expect.issuer }),
      ...(on.has("audience") && { audience: expect.audience }),
    };
    return async (token) => jwt.verify(token, key.pem, options);
  },
};
