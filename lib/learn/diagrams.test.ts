import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { DIAGRAMS } from "@/lib/learn/diagrams";
import { sayPhrase, type Translate } from "@/lib/ui/phrase";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";

describe("the learn pages' diagrams", () => {
  it("say every title, lifeline and step in both languages (each a valid message)", () => {
    for (const [locale, messages] of [
      ["en", en],
      ["ko", ko],
    ] as const) {
      const t = createTranslator({ locale, messages }) as unknown as Translate;
      for (const [slug, sequence] of Object.entries(DIAGRAMS)) {
        const phrases = [
          sequence.title,
          ...sequence.participants.map((p) => p.label),
          ...sequence.messages.map((m) => m.label),
        ];
        for (const said of phrases) {
          const words = sayPhrase(t, said);
          expect(words, `${locale} ${slug} ${said.key}`).not.toContain("diagrams.");
          expect(words.length, `${locale} ${slug} ${said.key}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("draws each arrow between two of its own lifelines", () => {
    for (const [slug, sequence] of Object.entries(DIAGRAMS)) {
      const ids = new Set(sequence.participants.map((p) => p.id));
      for (const m of sequence.messages) {
        expect(ids.has(m.from) && ids.has(m.to), `${slug}: ${m.from} → ${m.to}`).toBe(true);
      }
    }
  });
});
