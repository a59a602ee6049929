import { createTranslator, type AbstractIntlMessages } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";

// A message ICU cannot parse renders as its key on the page, with no error a test sees: every
// message of the FAQ's, the learn pages' and the cost table's namespaces must parse, in each language.
const NAMESPACES = ["faq", "learn", "costFigures"] as const;

function keysOf(value: unknown, prefix: string): string[] {
  if (typeof value === "string") return [prefix];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}.${key}`));
}

describe("the FAQ's and the learn pages' messages parse", () => {
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
      const keys = NAMESPACES.flatMap((ns) => keysOf(messages[ns], ns));
      expect(keys.length).toBeGreaterThan(50);
      // Any message will do for the parser: the values are left out on purpose.
      const render = t.markup as unknown as (key: string) => string;
      for (const key of keys) render(key);
      expect(invalid).toEqual([]);
    });
  }
});
