import { describe, expect, it } from "vitest";
import { isCommonPassword, isPasswordBasedOn } from "./common-passwords";

describe("the common-password check sees through the usual disguises", () => {
  it.each([
    ["exactly", "trustno1"],
    ["another case", "TrustNo1"],
    ["trailing symbols", "trustno1!!"],
    ["trailing digits and symbols", "sunshine2024!"],
    ["leading digits and symbols", "!!1password"],
    ["both ends", "2024dragon??"],
    ["substitutions", "Tru$tn0!"],
    ["substitutions and a suffix", "P@ssw0rd2024!"],
    ["more substitutions", "5unsh1ne"],
    ["7 for t and 3 for e", "l3tm31n77"],
    ["1 for l", "1ove1ove"],
    ["a leading substitution", "@dministrator"],
    ["full-width letters", "ｐａｓｓｗｏｒｄ１２３"],
    ["written backwards", "drowssap!"],
    ["spaces inside", "trust no1"],
    ["dashes inside", "Pass-Word-1"],
    ["dots between the letters", "p.a.s.s.w.o.r.d"],
    ["written twice", "trustno1trustno1"],
    ["written twice, with a separator", "dragon_dragon"],
    ["one character over and over", "aaaaaaaaaa"],
    ["a short run over and over", "abcabcabcabc"],
    ["this site's own demo password", "alice-in-the-lab"],
  ])("refuses a common password %s (%s)", (_how, password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it.each([
    "a long passphrase",
    "correct horse battery staple",
    "explorer-pass",
    "a-long-unusual-passphrase",
    "Xq7#mZ2!9kL",
    "s3cur1ty-l@b-2026",
    "dragon-fruit-salad",
  ])("accepts an uncommon one (%s)", (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });

  it("stays fast on the longest password allowed, whatever it is made of", () => {
    for (const password of [
      "1".repeat(256),
      "!@#$".repeat(64),
      "a1".repeat(128),
      "é".repeat(256),
    ]) {
      const started = performance.now();
      isCommonPassword(password);
      expect(performance.now() - started).toBeLessThan(50);
    }
  });

  it("recognises a password made of a given word (the username) the same way", () => {
    expect(isPasswordBasedOn("Alice2024!", "alice")).toBe(true);
    expect(isPasswordBasedOn("@l1ce", "alice")).toBe(true);
    expect(isPasswordBasedOn("alice.alice", "alice")).toBe(true);
    expect(isPasswordBasedOn("a-l-i-c-e-1", "alice")).toBe(true);
    expect(isPasswordBasedOn("alice in wonderland", "alice")).toBe(false);
  });
});
