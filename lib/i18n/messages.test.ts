import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";

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
});
