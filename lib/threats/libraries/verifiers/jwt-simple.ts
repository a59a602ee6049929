import jwt, { type TAlgorithm } from "jwt-simple";
import type { Library } from "@/lib/threats/libraries/library";

// jwt-simple has no issuer or audience option: its careful call can only pin the algorithm.
export const jwtSimpleLibrary: Library = {
  id: "jwt-simple",
  packageName: "jwt-simple",
  quickStart: "jwt.decode(token, publicKey)",
  options: [{ id: "algorithm", code: 'jwt.decode(token, publicKey, false, "RS256")' }],
  verifier: (key, on) => {
    const algorithm: TAlgorithm | undefined = on.has("algorithm") ? "RS256" : undefined;
    return async (token) => jwt.decode(token, key.pem, false, algorithm);
  },
};
