import { describe, expect, it } from "vitest";
import { readScenarios } from "./scenarios";
import { CLAIMS } from "./registry";

// The claims registry and the Playwright suite stay in step (the claims page reads the same).
describe("the claims registry", () => {
  const scenarios = readScenarios();
  const named = new Set(scenarios.flatMap((scenario) => scenario.claims));

  it("has unique ids, each with a sentence and a screen", () => {
    expect(new Set(CLAIMS.map((claim) => claim.id)).size).toBe(CLAIMS.length);
    for (const claim of CLAIMS) {
      expect(claim.sentence.length, claim.id).toBeGreaterThan(20);
      expect(claim.shownAt, claim.id).toMatch(/^\//);
    }
  });

  it("names only registered claims in scenario titles", () => {
    const registered = new Set<string>(CLAIMS.map((claim) => claim.id));
    expect([...named].filter((id) => !registered.has(id))).toEqual([]);
  });

  it("has a scenario starting with each claim's id", () => {
    expect(CLAIMS.filter((claim) => !named.has(claim.id)).map((claim) => claim.id)).toEqual([]);
  });
});
