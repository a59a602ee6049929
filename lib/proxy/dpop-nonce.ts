import type { NextRequest } from "next/server";
import { config } from "@/config";
import { hasDpopProof } from "@/lib/auth/jwt/dpop-check";
import { currentDpopNonce } from "@/lib/auth/jwt/dpop-nonce";

/** A DPoP client learns the nonce its next proofs must carry from any answer (RFC 9449 §8.2). */
export function offerDpopNonce(request: NextRequest, response: Response): void {
  if (config.dpop.nonce && hasDpopProof(request.headers)) {
    response.headers.set("DPoP-Nonce", currentDpopNonce());
  }
}
