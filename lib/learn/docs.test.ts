import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { DOCS_PAGES, docsHref, docsPageOf, readDocsPage } from "./docs";

describe("the docs the site serves", () => {
  it("are exactly the pages in docs/", () => {
    const onDisk = fs
      .readdirSync("docs")
      .filter((name) => name.endsWith(".md"))
      .map((name) => name.slice(0, -3));
    expect([...DOCS_PAGES].sort()).toEqual(onDisk.sort());
  });

  it("are found by their file name and nothing else", () => {
    expect(docsPageOf("threats.md")).toBe("threats");
    for (const file of [
      "threats",
      "THREATS.md",
      "../README.md",
      "..%2Fthreats.md",
      "x/threats.md",
      "threats.md.md",
      ".md",
      "",
    ])
      expect(docsPageOf(file), file).toBeNull();
  });

  it("read the page as the repository has it", async () => {
    expect(docsHref("threats")).toBe("/docs/threats.md");
    expect(await readDocsPage("threats")).toBe(fs.readFileSync("docs/threats.md", "utf8"));
  });
});
