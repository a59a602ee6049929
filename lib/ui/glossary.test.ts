import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GLOSSARY, glossaryEntry, PLAIN_TAGS, tagOf } from "@/lib/ui/glossary";
import { FAQ_LINKS } from "@/lib/learn/faq";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".tsx") ? [fs.readFileSync(full, "utf8")] : [];
  });
}

describe("the glossary", () => {
  it("has one entry per id, each with its term and meaning in every language", () => {
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const messages of [en, ko]) {
      const terms: Record<string, { term: string; meaning: string }> = messages.glossary.terms;
      expect(Object.keys(terms).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(terms[id]?.meaning.length, id).toBeGreaterThan(10);
    }
  });

  it("explains every term the pages and the inspector link to", () => {
    const used = sources(path.join(process.cwd(), "app")).flatMap((source) => [
      ...[...source.matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]!),
      // The inspector's computed links: check sites and the ids in its label tables.
      ...[...source.matchAll(/^\s+\w+: \["([a-z-]+)", "/gm)].map((m) => m[1]!),
      ...[...source.matchAll(/^\s+\w+: "([a-z-]+)",$/gm)]
        .map((m) => m[1]!)
        .filter(() => source.includes("STEP_TERMS")),
    ]);
    expect(used.length).toBeGreaterThan(15); // most terms now live in the messages (test below)
    for (const id of [...used, "proxy", "dal"]) expect(glossaryEntry(id), id).toBeDefined();
  });

  it("knows every tag the messages files use (so a translated term keeps its link)", () => {
    const known = new Set<string>([
      ...PLAIN_TAGS,
      ...Object.keys(FAQ_LINKS),
      ...GLOSSARY.map(({ id }) => tagOf(id)),
    ]);
    for (const language of ["en", "ko"]) {
      const text = fs.readFileSync(
        path.join(process.cwd(), "messages", `${language}.json`),
        "utf8",
      );
      const tags = [...text.matchAll(/<\/?([A-Za-z][\w-]*)>/g)].map((m) => m[1]!);
      expect(tags.length).toBeGreaterThan(50);
      for (const tag of tags) expect(known.has(tag), `<${tag}> in ${language}.json`).toBe(true);
    }
  });
});
