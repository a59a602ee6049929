import crypto from "node:crypto";

/**
 * Opaque tokens: 256 random bits from the CSPRNG, base64url. A session token, a refresh token,
 * the CSRF lab's toy credentials — each is looked up by its hash, so a forged one is simply not
 * found and a database leak hands out nothing usable.
 */
export function newOpaqueToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** SHA-256 (hex) of a token: what a store keeps and looks up instead of the token. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
