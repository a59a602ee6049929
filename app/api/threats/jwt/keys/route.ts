import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { ATTACKER_JWKS_PATH, getRangeKeys } from "@/lib/threats/jwt-range/keys";
import { config } from "@/config";
import { requestOrigins } from "@/lib/threats/sites";

/**
 * What an attacker of the range has: the range's public key (as a JWKS and as the PEM a server
 * might publish), and their own key pair, with the URL where "their" site serves its public half.
 */
async function get(request: Request): Promise<Response> {
  const keys = await getRangeKeys();
  const { self, twin } = requestOrigins(request.headers, config.secure ? "https" : "http");
  const site = twin ?? self;
  return apiJson({
    jwks: { keys: [keys.signing.publicJwk] },
    publicPem: keys.signing.publicPem,
    encryptionJwk: keys.encryption.publicJwk,
    attacker: {
      privateJwk: keys.attacker.privateJwk,
      jwksUrl: site === null ? null : `${site}${ATTACKER_JWKS_PATH}`,
    },
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
