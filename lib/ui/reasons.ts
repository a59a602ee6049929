/**
 * Plain-words explanations of the reason codes a check can return. jose's codes are shown as they
 * are (ERR_JWT_EXPIRED, …), next to a sentence, so they can be looked up in its documentation.
 */
const EXPLANATIONS: Record<string, string> = {
  logged_out: "You logged out.",
  no_credential: "No credential arrived with the request: you are anonymous.",
  session_cookie_outdated:
    "This session cookie is from an earlier version of the lab (a sealed cookie): log in again for a new one.",
  session_token_malformed: "The session cookie is not shaped like a token this server issues.",
  seal_invalid:
    "The sealed cookie could not be unsealed: it was not sealed by this server or was altered.",
  seal_too_large: "The sealed cookie is too large to be one of ours.",
  seal_expired: "The sealed cookie's own expiry (sealed inside it) has passed.",
  seal_password_retired:
    "The sealed cookie was sealed with a password this server has since removed: everyone sealed with it is logged out.",
  session_not_found: "The server has no session for that cookie: it was logged out or revoked.",
  session_idle_expired: "The session expired after a period of inactivity.",
  session_expired: "The session reached its absolute lifetime.",
  user_disabled: "An admin disabled this account; its sessions were ended.",
  store_unavailable:
    "The session store is unreachable right now, so the server cannot check your session. Try again shortly.",
  token_too_large: "The token is too large to be one of ours.",
  token_malformed: "The token is not shaped like a compact JWT (three or five base64url parts).",
  token_not_canonical:
    "The token is spelled in a way this server never writes (base64url padding or stray bits): one token, one spelling.",
  key_too_weak: "The key that would verify this token is too weak to prove anything.",
  claims_invalid: "The token verified, but its claims are not an access token's.",
  ERR_JWT_EXPIRED: "The access token's exp has passed.",
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: "The token's signature does not match its contents.",
  ERR_JWKS_NO_MATCHING_KEY: "The token names a key (kid) this server does not have.",
  ERR_JWT_CLAIM_VALIDATION_FAILED: "A claim (iss, aud, typ, iat…) is not what this server issues.",
  ERR_JOSE_ALG_NOT_ALLOWED: "The token uses an algorithm this server does not accept.",
  ERR_JWS_INVALID: "The token is not a well-formed signed JWT.",
  ERR_JWT_INVALID: "The token is not a valid JWT.",
};

/** A sentence for a reason code, or null when the code is unknown. */
export function explainReason(reason: string): string | null {
  return Object.hasOwn(EXPLANATIONS, reason) ? (EXPLANATIONS[reason] ?? null) : null;
}
