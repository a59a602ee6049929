import { createVerifier, type VerifierOptions } from "fast-jwt";
import type { Library } from "@/lib/threats/libraries/library";

export const fastJwtLibrary: Library = {
  id: "fast-jwt",
  packageName: "fast-jwt",
  quickStart: "createVerifier({ key: publicKey })(token)",
  options: [
    { id: "algorithms", code: 'algorithms: ["RS256"]' },
    { id: "allowedIss", code: "allowedIss: ISSUER" },
    { id: "allowedAud", code: "allowedAud: AUDIENCE" },
    { id: "checkTyp", code: "checkTyp: TYPE" },
    { id: "requiredClaims", code: 'requiredClaims: ["exp"]' },
  ],
  verifier: (key, on, expect) => {
    const options: VerifierOptions = {
      ...(on.has("algorithms") && { algorithms: ["RS256"] }),
      ...(on.has("allowedIss") && { allowedIss: expect.issuer }),
      ...(on.has("allowedAud") && { allowedAud: expect.audience }),
      ...(on.has("checkTyp") && { checkTyp: expect.typ }),
      ...(on.has("requiredClaims") && { requiredClaims: ["exp"] }),
    };
    const verify = createVerifier({ ...options, key: key.pem });
    return async (token) => verify(token);
  },
};
