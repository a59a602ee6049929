import { describe, expect, it } from "vitest";
import { isSignedValue, signValue } from "@/lib/auth/signed-values";

/** Every other spelling a lenient base64url decoder reads as the same 16 bytes. */
function respellings(mac: string): string[] {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const head = mac.slice(0, -1);
  const last = alphabet.indexOf(mac.at(-1)!);
  // The 22nd character carries 2 bits of the MAC and 4 unused ones.
  const sameBits = [...alphabet].filter((_, i) => i >> 4 === last >> 4 && i !== last);
  return [
    ...sameBits.map((c) => head + c),
    `${mac}==`,
    `${mac}=`,
    mac.replaceAll("-", "+").replaceAll("_", "/"),
    ` ${mac}`,
  ].filter((spelling) => spelling !== mac);
}

describe("signed values", () => {
  it("a value's MAC is accepted in its one spelling and no other", () => {
    for (const value of ["1", "42.abc", "x".repeat(64)]) {
      const mac = signValue("test", value);
      expect(isSignedValue("test", value, mac)).toBe(true);
      expect(isSignedValue("other", value, mac)).toBe(false);
      for (const spelling of respellings(mac)) {
        expect(isSignedValue("test", value, spelling), spelling).toBe(false);
      }
    }
  });
});
