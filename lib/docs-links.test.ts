import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The README is the front page and docs/ holds the depth, one topic a page: a link that points
// at a moved or renamed page, or a heading that was reworded, should fail here, not on a reader.
const README = "README.md";
const README_MAX_LINES = 200;
const PAGES = [
  README,
  ...fs
    .readdirSync("docs")
    .filter((name) => name.endsWith(".md"))
    .map((name) => path.join("docs", name)),
];

function withoutFences(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, "");
}

// Code may hold text that looks like a link (`{traces:[…]}`, `route({ POST })`); only prose counts.
function linkTargets(markdown: string): string[] {
  const text = withoutFences(markdown).replace(/`[^`\n]*`/g, "");
  const inline = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
  const definitions = [...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]!);
  return [...inline, ...definitions].filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

// GitHub's heading ids: lower case, punctuation (backticks too) dropped, each space a hyphen,
// repeats numbered.
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const headings = [...withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*$/gm)];
  return new Set(
    headings.map(([, heading = ""]) => {
      const base = heading
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
        .replace(/ /g, "-");
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      return count === 0 ? base : `${base}-${count}`;
    }),
  );
}

function brokenLinks(page: string): string[] {
  const markdown = fs.readFileSync(page, "utf8");
  return linkTargets(markdown).flatMap((target) => {
    const [file = "", anchor] = target.split("#");
    const resolved = file === "" ? page : path.join(path.dirname(page), decodeURI(file));
    if (!fs.existsSync(resolved)) return [`${page}: ${target} (no such file)`];
    if (anchor === undefined || !resolved.endsWith(".md")) return [];
    const known = anchors(fs.readFileSync(resolved, "utf8"));
    return known.has(anchor) ? [] : [`${page}: ${target} (no such heading)`];
  });
}

// A file named in code font (`lib/auth/dal.ts`, `lib/auth/session/{tokens,validation}.ts`) is a
// promise that the reader will find it there: a room that moves must take its docs along.
const REPO_PATH = /^(?:app|lib|ground|config|db|e2e|scripts|server|bench|messages)\/[^\s]*$/;

function expandBraces(target: string): string[] {
  const match = /\{([^{}]*)\}/.exec(target);
  if (match === null) return [target];
  const [before, after] = [
    target.slice(0, match.index),
    target.slice(match.index + match[0].length),
  ];
  return match[1]!.split(",").flatMap((option) => expandBraces(`${before}${option}${after}`));
}

function missingPaths(page: string): string[] {
  const named = [...fs.readFileSync(page, "utf8").matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1]!.replace(/[.,;:]+$/, ""))
    .filter((target) => REPO_PATH.test(target));
  return named
    .flatMap(expandBraces)
    .filter((file) => !/[*[]/.test(file) && !fs.existsSync(file))
    .map((file) => `${page}: ${file}`);
}

describe("the README and docs/", () => {
  it("names only files that exist", () => {
    expect(PAGES.flatMap(missingPaths)).toEqual([]);
  });

  it(`keeps the README to ${README_MAX_LINES} lines`, () => {
    const lines = fs.readFileSync(README, "utf8").replace(/\n$/, "").split("\n").length;
    expect(lines).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it("links only to files and headings that exist", () => {
    expect(PAGES.flatMap(brokenLinks)).toEqual([]);
  });

  it("gives every docs page a way back to the README", () => {
    const stranded = PAGES.filter((page) => page !== README).filter(
      (page) => !linkTargets(fs.readFileSync(page, "utf8")).includes("../README.md"),
    );
    expect(stranded).toEqual([]);
  });
});
