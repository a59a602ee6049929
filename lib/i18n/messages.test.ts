import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { englishRuns } from "./untranslated";

/** Every message in both languages, arrays of the same length: no page half-translated. */
function shape(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return [`${path}[${value.length}]`];
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => shape(child, `${path}.${key}`));
  }
  return [path];
}

describe("the messages files", () => {
  it("have the same keys in English and Korean", () => {
    expect(shape(ko).sort()).toEqual(shape(en).sort());
  });

  it("leave no Korean message empty", () => {
    const empty = shape(ko).filter((path) => {
      const value = path
        .split(".")
        .slice(1)
        .reduce<unknown>(
          (node, key) => (node as Record<string, unknown>)?.[key.replace(/\[\d+\]$/, "")],
          ko,
        );
      return typeof value === "string" ? value.trim() === "" : false;
    });
    expect(empty).toEqual([]);
  });

  it("say nothing in English prose in Korean (technical terms may stay)", () => {
    const english: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (typeof value === "string") {
        for (const run of englishRuns(prose(value))) english.push(`${path}: ${run}`);
      } else if (typeof value === "object" && value !== null) {
        for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
      }
    };
    visit(ko, "");
    expect(english).toEqual([]);
  });
});

/** A message's words without its markup: rich-text tags, and ICU arguments (selects nest). */
function prose(message: string): string {
  let text = message.replace(/<\/?[a-zA-Z]+>/g, " ");
  for (let previous = ""; previous !== text;) {
    previous = text;
    text = text.replace(/\{[^{}]*\}/g, " ");
  }
  return text;
}
