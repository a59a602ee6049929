import { describe, expect, it } from "vitest";
import { hashPassword, verifyDummyPassword, verifyPassword } from "./hashing";

describe("password hashing", () => {
  it("uses argon2id with OWASP's parameters and a fresh salt each time", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it("verifies exactly the password typed, without truncation or trimming", async () => {
    const long = "x".repeat(200) + "tail";
    const hash = await hashPassword(long);
    expect(await verifyPassword(hash, long)).toBe(true);
    expect(await verifyPassword(hash, "x".repeat(200))).toBe(false);
    const spaced = await hashPassword(" pass word ");
    expect(await verifyPassword(spaced, "pass word")).toBe(false);
    expect(await verifyPassword(spaced, " pass word ")).toBe(true);
  });

  it("treats a malformed stored hash as a mismatch, not an error", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });

  it("spends a real verification on unknown users and always says no", async () => {
    expect(await verifyDummyPassword("whatever")).toBe(false);
  });
});
