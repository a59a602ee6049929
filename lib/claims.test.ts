import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLAIMS } from "./claims";

// The claims registry and the Playwright suite stay in step: a scenario proves the claims whose
// ids open its title (`test("C09 C22 side by side…")`).
function scenarioTitles(): string[] {
  const dir = path.resolve("e2e");
  const titles: string[] = [];
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".spec.ts"))) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    for (const match of source.matchAll(/\b(?:test|it)(?:\.\w+)?\(\s*[`'"]([^`'"]*)/g)) {
      titles.push(match[1]!);
    }
  }
  return titles;
}

function leadingIds(title: string): string[] {
  return /^((?:C\d{2}\s+)+)/.exec(`${title} `)?.[1]?.trim().split(/\s+/) ?? [];
}

describe("the claims registry", () => {
  const titles = scenarioTitles();
  const named = new Set(titles.flatMap(leadingIds));

  it("has unique ids, each with a sentence and a screen", () => {
    expect(new Set(CLAIMS.map((claim) => claim.id)).size).toBe(CLAIMS.length);
    for (const claim of CLAIMS) {
      expect(claim.sentence.length, claim.id).toBeGreaterThan(20);
      expect(claim.shownAt, claim.id).toMatch(/^\//);
    }
  });

  it("names only registered claims in scenario titles", () => {
    const registered = new Set(CLAIMS.map((claim) => claim.id));
    expect([...named].filter((id) => !registered.has(id as `C${number}`))).toEqual([]);
  });

  it("has a scenario starting with each claim's id", () => {
    expect(CLAIMS.filter((claim) => !named.has(claim.id)).map((claim) => claim.id)).toEqual([]);
  });
});
