import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The ground floor stands alone: what each room may import (docs/architecture.md). A test, so a move
// that breaks the layering fails here rather than in a review.
const RULES: Array<{ room: string; mayImport: string[] }> = [
  { room: "ground", mayImport: ["ground"] },
  { room: "config", mayImport: ["config", "ground"] },
  { room: "db", mayImport: ["db", "ground", "config"] },
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

function appImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(/from "@\/([^"]+)"/g)].map((match) => match[1]!);
}

describe("the ground floor imports nothing above it", () => {
  for (const { room, mayImport } of RULES) {
    it(`${room}/ imports only ${mayImport.join(", ")}`, () => {
      const upward = sourceFiles(room).flatMap((file) =>
        appImports(file)
          .filter(
            (target) =>
              !mayImport.some((allowed) => target === allowed || target.startsWith(`${allowed}/`)),
          )
          .map((target) => `${file} -> @/${target}`),
      );
      expect(upward).toEqual([]);
    });
  }
});
