import { verifySync, type Algorithm, type Validation } from "@node-rs/jsonwebtoken";
import type { Library } from "@/lib/threats/libraries/library";

// Its default algorithm is HS256: the quick-start has to name RS256 to accept a genuine token.
// (`Algorithm` is a const enum of strings, which isolated modules cannot read as a value.)
const RS256 = "RS256" as Algorithm;

export const nodeRsLibrary: Library = {
  id: "node-rs",
  packageName: "@node-rs/jsonwebtoken",
  quickStart: "verifySync(token, publicKey, { algorithms: [Algorithm.RS256] })",
  options: [
    { id: "iss", code: "iss: [ISSUER]" },
    { id: "aud", code: "aud: [AUDIENCE]" },
    { id: "validateNbf", code: "validateNbf: true" },
  ],
  verifier: (key, on, expect) => {
    const validation: Validation = {
      algorithms: [RS256],
      ...(on.has("iss") && { iss: [expect.issuer] }),
      ...(on.has("aud") && { aud: [expect.audience] }),
      ...(on.has("validateNbf") && { validateNbf: true }),
    };
    return async (token) => verifySync(token, key.pem, validation);
  },
};
