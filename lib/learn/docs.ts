import "server-only";
import fs from "node:fs/promises";
import path from "node:path";

/**
 * The developer docs (docs/*.md in the repository), which the site links to where a page has a
 * deeper reference behind it. Served by name from this fixed list, never by a path a request
 * spells: a name is all a link carries.
 */
export const DOCS_PAGES = [
  "site",
  "mechanisms",
  "threats",
  "stores-and-performance",
  "security",
  "hosting",
  "deployment",
  "api",
  "configuration",
  "testing",
  "architecture",
] as const;
export type DocsPage = (typeof DOCS_PAGES)[number];

/** The page a URL's last segment names (`threats.md`), or null for anything else. */
export function docsPageOf(file: string): DocsPage | null {
  if (!file.endsWith(".md")) return null;
  const name = file.slice(0, -".md".length);
  return DOCS_PAGES.find((page) => page === name) ?? null;
}

/** Where the site serves a docs page: the same path as in the repository. */
export function docsHref(page: DocsPage): string {
  return `/docs/${page}.md`;
}

export function readDocsPage(page: DocsPage): Promise<string> {
  return fs.readFile(path.join(process.cwd(), "docs", `${page}.md`), "utf8");
}
