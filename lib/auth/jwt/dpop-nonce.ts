import "server-only";
import crypto from "node:crypto";
import { config } from "@/config";
import { macKey } from "@/lib/auth/jwt/key-material";

/**
 * DPoP nonces (RFC 9449 §8): a value the server hands out and the client must put in its next
 * proofs, so a proof cannot have been made in advance (a key briefly in an attacker's hands
 * pre-computing proofs for later). Stateless: the time window's number and a MAC over it, good for
 * that window and the next — nothing is stored, and every instance sharing the secret agrees.
 */

function windowAt(now: number): number {
  return Math.floor(now / (config.dpop.nonceWindowSeconds * 1000));
}

// A window's nonce is the same all window long (the key does not change while the process runs):
// made once, not with an HMAC on every answer and every proof. Only the current window and the one
// before ever reach it (isCurrentDpopNonce checks the window first), so it holds two or three.
const made = new Map<number, string>();

function nonceFor(window: number): string {
  const known = made.get(window);
  if (known !== undefined) return known;
  const mac = crypto
    .createHmac("sha256", macKey("dpop-nonce"))
    .update(String(window))
    .digest("base64url")
    .slice(0, 22);
  const nonce = `${window.toString(36)}.${mac}`;
  if (made.size >= 3) made.clear();
  made.set(window, nonce);
  return nonce;
}

/** The nonce to hand out now (in `DPoP-Nonce`). */
export function currentDpopNonce(now = Date.now()): string {
  return nonceFor(windowAt(now));
}

/** Whether `nonce` was handed out by this server in this window or the one before. */
export function isCurrentDpopNonce(nonce: string, now = Date.now()): boolean {
  const match = /^([0-9a-z]{1,12})\.[\w-]{22}$/.exec(nonce);
  if (match === null) return false;
  const window = parseInt(match[1]!, 36);
  const current = windowAt(now);
  if (window !== current && window !== current - 1) return false;
  const expected = Buffer.from(nonceFor(window));
  const given = Buffer.from(nonce);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
