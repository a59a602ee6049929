import { verify } from "hono/jwt";
import type { Library } from "@/lib/threats/libraries/library";

// Hono's verifier refuses any `typ` but "JWT" unless told the type to expect, so its quick-start
// has to name it (and the algorithm, which it requires) to take a genuine access token or pass.
export const honoLibrary: Library = {
  id: "hono",
  packageName: "hono",
  quickStart: 'await verify(token, publicKey, { alg: "RS256", typ: TYPE })',
  options: [
    { id: "iss", code: "iss: ISSUER" },
    { id: "aud", code: "aud: AUDIENCE" },
  ],
  verifier: (key, on, expect) => {
    const options = {
      alg: "RS256" as const,
      typ: expect.typ,
      ...(on.has("iss") && { iss: expect.issuer }),
      ...(on.has("aud") && { aud: expect.audience }),
    };
    return (token) => verify(token, key.pem, options);
  },
};
