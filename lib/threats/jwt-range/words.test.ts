import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { ATTACKS } from "@/lib/threats/jwt-range/attacks";
import { MISTAKE_DEFENCE } from "@/lib/threats/jwt-range/defences";
import { MISTAKES } from "@/lib/threats/jwt-range/mistakes";

/** The range's words live in the messages (jwtRange): each recipe and mistake has its own. */
describe("the range's words", () => {
  it("name and explain every recipe, and no recipe that is gone", () => {
    expect(Object.keys(en.jwtRange.attacks).sort()).toEqual(ATTACKS.map((a) => a.id).sort());
  });

  it("say in words every mistake a switch turns on, and every mistake a defence answers", () => {
    const worded = Object.keys(en.jwtRange.mistakes);
    expect(worded).toEqual(expect.arrayContaining([...MISTAKES, ...Object.keys(MISTAKE_DEFENCE)]));
  });
});
