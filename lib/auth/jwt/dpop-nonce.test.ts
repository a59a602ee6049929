import { describe, expect, it } from "vitest";
import { config } from "@/config";
import { currentDpopNonce, isCurrentDpopNonce } from "./dpop-nonce";

const WINDOW_MS = config.dpop.nonceWindowSeconds * 1000;
const start = 1_000 * WINDOW_MS; // the first moment of a window

describe("DPoP nonces, made once per window", () => {
  it("is the same all window long and another in the next", () => {
    const first = currentDpopNonce(start);
    expect(currentDpopNonce(start + WINDOW_MS - 1)).toBe(first);
    expect(currentDpopNonce(start + WINDOW_MS)).not.toBe(first);
  });

  it("is still judged by its window once made: good in the next, stale after", () => {
    const nonce = currentDpopNonce(start);
    expect(isCurrentDpopNonce(nonce, start)).toBe(true);
    expect(isCurrentDpopNonce(nonce, start + WINDOW_MS)).toBe(true);
    expect(isCurrentDpopNonce(nonce, start + 2 * WINDOW_MS)).toBe(false);
  });

  it("is refused with a wrong MAC for a window whose nonce was made", () => {
    const nonce = currentDpopNonce(start);
    const forged = `${nonce.slice(0, -1)}${nonce.endsWith("A") ? "B" : "A"}`;
    expect(isCurrentDpopNonce(forged, start)).toBe(false);
  });
});
