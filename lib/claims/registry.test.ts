import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { readScenarios } from "./scenarios";
import { CLAIM_TOPICS, CLAIMS } from "./registry";

// The claims registry and the Playwright suite stay in step (the claims page reads the same).
describe("the claims registry", () => {
  const scenarios = readScenarios();
  const named = new Set(scenarios.flatMap((scenario) => scenario.claims));

  it("has unique ids, each with a screen", () => {
    expect(new Set(CLAIMS.map((claim) => claim.id)).size).toBe(CLAIMS.length);
    for (const claim of CLAIMS) expect(claim.shownAt, claim.id).toMatch(/^\//);
  });

  it("has each claim's words, and each topic's name, in every language — and no words left over", () => {
    const ids = CLAIMS.map((claim) => claim.id).sort();
    for (const messages of [en, ko]) {
      const sentences: Record<string, string> = messages.claims.sentences;
      expect(Object.keys(sentences).sort(), messages.header.language).toEqual(ids);
      for (const id of ids) expect(sentences[id]!.length, id).toBeGreaterThan(20);
      expect(Object.keys(messages.claims.topics).sort()).toEqual([...CLAIM_TOPICS].sort());
    }
  });

  it("files every claim under a topic the page shows", () => {
    const used = new Set(CLAIMS.map((claim) => claim.topic));
    expect([...CLAIM_TOPICS].filter((topic) => !used.has(topic))).toEqual([]);
  });

  it("names only registered claims in scenario titles", () => {
    const registered = new Set<string>(CLAIMS.map((claim) => claim.id));
    expect([...named].filter((id) => !registered.has(id))).toEqual([]);
  });

  it("has a scenario starting with each claim's id", () => {
    expect(CLAIMS.filter((claim) => !named.has(claim.id)).map((claim) => claim.id)).toEqual([]);
  });
});
