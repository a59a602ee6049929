import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";

// A message ICU cannot parse renders as its key on the page, with no error a test sees (a stray
// brace, a hyphen in a select's key, an unclosed tag): every message must parse, in each language.

function keysOf(value: unknown, prefix: string): string[] {
  if (typeof value === "string") return [prefix];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}.${key}`));
}

describe("every message parses", () => {
  for (const [locale, messages] of [
    ["en", en],
    ["ko", ko],
  ] as const) {
    it(`in ${locale}`, () => {
      const invalid: string[] = [];
      const t = createTranslator({
        locale,
        messages: messages as unknown as AbstractIntlMessages,
        onError: (error) => {
          if (error.code === "INVALID_MESSAGE") invalid.push(error.message);
        },
        getMessageFallback: ({ key }) => key,
      });
      const keys = Object.entries(messages).flatMap(([ns, inner]) => keysOf(inner, ns));
      expect(keys.length).toBeGreaterThan(1000);
      // Any message will do for the parser: the values are left out on purpose.
      const render = t.markup as unknown as (key: string) => string;
      for (const key of keys) render(key);
      expect(invalid).toEqual([]);
    });
  }
});
