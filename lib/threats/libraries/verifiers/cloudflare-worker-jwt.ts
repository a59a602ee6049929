import jwt from "@tsndr/cloudflare-worker-jwt";
import type { Library } from "@/lib/threats/libraries/library";

// It has no issuer or audience option: the careful call is the quick-start. It answers undefined
// for a refused token unless asked to throw (`throwError`), which changes only how it refuses.
export const cloudflareWorkerJwtLibrary: Library = {
  id: "cloudflare-worker-jwt",
  packageName: "@tsndr/cloudflare-worker-jwt",
  quickStart: 'await jwt.verify(token, publicKey, { algorithm: "RS256", throwError: true })',
  options: [],
  verifier: (key) => async (token) => {
    const verified = await jwt.verify(token, key.pem, { algorithm: "RS256", throwError: true });
    if (verified === undefined) throw new Error("verify answered undefined");
    return verified.payload;
  },
};
