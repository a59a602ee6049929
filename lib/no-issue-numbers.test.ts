import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A reader of the code has no access to the tracker that numbered its issues, so a comment, a test
// title or a printed line that points at one tells them nothing. Say the reason instead; this test
// keeps the tree that way. It reads whole files, not only comments: test titles and the lines a
// script prints are read by people too.

/** What may cite an issue, each as a pattern over one line. */
const CITATIONS: RegExp[] = [
  // A hash and one or two digits (a hex colour has three or more hex digits, an HTML entity an `&`
  // before it, and a hash inside a word, as in a sample password, is no reference).
  /(?<![&\w])#\d{1,2}(?![0-9a-fA-F])/,
  // The word itself followed by a number, with or without a hash.
  /\bissues? #?\d+/i,
  // A numbered step of a review ("round", "stop").
  /\b(?:round|stop) \d+\b/i,
];

const ROOTS = [
  "app",
  "lib",
  "db",
  "e2e",
  "e2e-multi",
  "scripts",
  "server",
  "bench",
  "messages",
  "ground",
  "config",
  "docs",
];
const TOP_FILES = ["proxy.ts", "server.mjs", "instrumentation.ts", "next.config.mjs", "README.md"];
const SKIPPED_DIRS = new Set(["node_modules", ".next", "test-results", "playwright-report"]);
const EXTENSIONS = /\.(ts|tsx|mts|mjs|cjs|js|css|json|sql|md)$/;
const SELF = path.join("lib", "no-issue-numbers.test.ts");

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : filesUnder(full);
    return EXTENSIONS.test(entry.name) ? [full] : [];
  });
}

function citesAnIssue(line: string): boolean {
  return CITATIONS.some((pattern) => pattern.test(line));
}

describe("no comment cites an issue number", () => {
  it("tells citations from colours, entities, RFC sections and words", () => {
    const citations = [
      "(#13)",
      "#9.13 a title",
      "(#12.4).",
      "Issue 9's findings",
      "issue 4, C34",
      "stop 12",
    ];
    const innocent = ["#fff", "#0f0", "#111", "#1a2b3c", "&#39;", "§4.2", "Sunsh1ne#1", "rows[1]"];
    expect(citations.filter((line) => !citesAnIssue(line))).toEqual([]);
    expect(innocent.filter(citesAnIssue)).toEqual([]);
  });

  it("finds none in the source tree", () => {
    const files = [
      ...ROOTS.flatMap(filesUnder),
      ...TOP_FILES.filter((file) => fs.existsSync(file)),
    ];
    const found = files
      .filter((file) => file !== SELF)
      .flatMap((file) =>
        fs
          .readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, index) =>
            citesAnIssue(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(found).toEqual([]);
  });
});
