import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { rowMessage } from "./labels";

interface Latest {
  http?: { paths: Array<{ id: string; label: string }> };
  micro?: Record<string, unknown>;
}

const latest = JSON.parse(
  readFileSync(path.join(process.cwd(), "bench", "results", "latest.json"), "utf8"),
) as Latest;

const microLabels = Object.values(latest.micro ?? {})
  .filter(Array.isArray)
  .flatMap((rows: Array<{ label?: unknown }>) => rows.map((row) => row.label))
  .filter((label): label is string => typeof label === "string");

/** A message with its figures put back, as the page renders it in English. */
const fill = (message: string, values: Record<string, string>): string =>
  message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");

// The page translates what the benchmark measured: a label the messages miss would stay English.
describe("the bench page's labels", () => {
  it("finds every row label of the latest results among the messages, reading as before", () => {
    expect(microLabels.length).toBeGreaterThan(30);
    for (const label of microLabels) {
      const found = rowMessage(label);
      expect(found, label).not.toBeNull();
      const rows: Record<string, string> = en.bench.rows;
      expect(found!.indent + fill(rows[found!.key]!, found!.values)).toBe(label);
    }
  });

  it("reads the figure inside a label, and knows a label it has no words for", () => {
    expect(rowMessage("  floor at 1,000: SHA-256 + raw get")).toEqual({
      key: "scalingFloor",
      values: { sessions: "1,000" },
      indent: "  ",
    });
    expect(rowMessage("a row added to the benchmark tomorrow")).toBeNull();
  });

  it("names every measured path in every language, in English as the benchmark does", () => {
    for (const { id, label } of latest.http?.paths ?? []) {
      const english: Record<string, string> = en.bench.paths;
      const korean: Record<string, string> = ko.bench.paths;
      expect(english[id], id).toBe(label);
      expect(korean[id], id).toBeTruthy();
    }
  });
});
