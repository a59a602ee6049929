import "server-only";
import fs from "node:fs";
import path from "node:path";

/**
 * The Playwright scenarios that prove each claim: a scenario proves the claims whose ids open its
 * title (`test("C09 C22 side by side…")`). Read from the e2e specs themselves, so the claims page
 * and the registry's test (lib/claims/registry.test.ts) see the same list.
 */
export interface Scenario {
  file: string;
  title: string;
  claims: string[];
}

/** The ids that open a scenario title. */
export function leadingIds(title: string): string[] {
  return /^((?:C\d{2}\s+)+)/.exec(`${title} `)?.[1]?.trim().split(/\s+/) ?? [];
}

/** Every scenario of the e2e specs, with the claims it proves (none for most). */
export function readScenarios(root = process.cwd()): Scenario[] {
  const dir = path.join(/*turbopackIgnore: true*/ root, "e2e");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".spec.ts"))
    .sort()
    .flatMap((file) => {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      return [...source.matchAll(/\b(?:test|it)(?:\.\w+)?\(\s*[`'"]([^`'"]*)/g)].map((match) => {
        const title = match[1]!;
        return { file: `e2e/${file}`, title, claims: leadingIds(title) };
      });
    });
}
