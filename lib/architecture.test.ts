import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The house's floors: what each room may import (docs/architecture.md). A test, so a move that
// breaks the layering fails here rather than in a review. A room is a top-level folder (ground/,
// config/, db/, messages/) or a folder of lib/ (lib/auth/ with all its sub-folders is one room).

/** A floor: the rooms given, and every room of the floors listed with them, once each. */
const floor = (...rooms: Array<string | string[]>): string[] => [...new Set(rooms.flat())];

const GROUND = floor("ground");
const CONFIG = floor(GROUND, "config");
const DB = floor(CONFIG, "db");
// Languages and wording: data that the stores and the checks may phrase their answers with.
const WORDS = floor(CONFIG, "messages", "lib/i18n", "lib/ui");
const STORES = floor(DB, WORDS, "lib/users", "lib/validation", "lib/session-store", "lib/throttle");
const AUTH = floor(STORES, "lib/auth");
const FEATURES = floor(AUTH, "lib/accounts", "lib/inspect", "lib/lab", "lib/pass");
const HTTP = floor(FEATURES, "lib/http");

const MAY_IMPORT: Record<string, string[]> = {
  ground: GROUND,
  config: CONFIG,
  db: DB,
  messages: floor("messages"),
  "lib/i18n": WORDS,
  "lib/ui": WORDS,
  "lib/dpop": WORDS,
  "lib/claims": WORDS,
  "lib/bench": WORDS,
  "lib/guide": floor(WORDS, "lib/claims"),
  "lib/users": DB,
  "lib/validation": floor(DB, WORDS),
  "lib/session-store": DB,
  "lib/throttle": floor(DB, "lib/session-store"),
  "lib/auth": AUTH,
  "lib/accounts": AUTH,
  "lib/inspect": AUTH,
  "lib/lab": AUTH,
  "lib/pass": AUTH,
  "lib/http": FEATURES,
  "lib/compare": HTTP,
  "lib/threats": floor(HTTP, "lib/compare"),
  "lib/learn": floor(HTTP, "lib/compare", "lib/threats"),
  // The proxy's steps: read by proxy.ts alone (the test below), so nothing else stands on them.
  "lib/proxy": floor(HTTP, "lib/compare", "lib/threats"),
};

/**
 * Test code may reach up (a test drives a room through the rooms above it; the fixtures and the
 * store contracts in lib/test/ build users, sessions and tokens with whatever they need), so the
 * rules below are for the code that ships: *.test.ts files, lib/test/ and the test helpers named
 * test-*.ts that live beside their subject (lib/auth/jwt/test-tokens.ts) are left out. Shipping
 * code, in turn, never imports test code.
 */
function isTestCode(file: string): boolean {
  return (
    /\.test\.tsx?$/.test(file) || file.startsWith("lib/test/") || /\/test-[^/]+\.ts$/.test(file)
  );
}

const ROOTS = ["ground", "config", "db", "lib"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "migrations" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [full] : [];
  });
}

/** The room a path (a file, or an import's target without extension) belongs to. */
function roomOf(target: string): string {
  const [top = "", second] = target.split("/");
  return top === "lib" && second !== undefined ? `lib/${second}` : top;
}

/** Every app module a file imports, as a path from the repository's root. */
function appImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((m) => m[1]!);
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith("@/")) return [specifier.slice(2)];
    if (specifier.startsWith(".")) return [path.join(path.dirname(file), specifier)];
    return [];
  });
}

interface Arrow {
  file: string;
  target: string;
  from: string;
  to: string;
}

function shippingArrows(): Arrow[] {
  return ROOTS.flatMap(sourceFiles)
    .filter((file) => !isTestCode(file))
    .flatMap((file) =>
      appImports(file).map((target) => ({ file, target, from: roomOf(file), to: roomOf(target) })),
    )
    .filter((arrow) => arrow.from !== arrow.to);
}

describe("the rooms import only the floors below them", () => {
  const arrows = shippingArrows();

  for (const [room, mayImport] of Object.entries(MAY_IMPORT)) {
    it(`${room}/ imports only ${mayImport.filter((r) => r !== room).join(", ") || "itself"}`, () => {
      const upward = arrows
        .filter((arrow) => arrow.from === room && !mayImport.includes(arrow.to))
        .map(({ file, target }) => `${file} -> ${target}`);
      expect(upward).toEqual([]);
    });
  }

  it("every room in lib/ has its line in the table", () => {
    const rooms = fs
      .readdirSync("lib", { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "test")
      .map((entry) => `lib/${entry.name}`);
    expect(rooms.filter((room) => MAY_IMPORT[room] === undefined)).toEqual([]);
  });

  it("no two rooms import each other", () => {
    const pairs = new Set(arrows.map(({ from, to }) => `${from} -> ${to}`));
    const twoWay = [...pairs].filter((pair) => {
      const [from, to] = pair.split(" -> ");
      return from! < to! && pairs.has(`${to} -> ${from}`);
    });
    expect(twoWay).toEqual([]);
  });

  it("only proxy.ts imports the proxy's steps", () => {
    const readers = ["app", ...ROOTS]
      .flatMap(sourceFiles)
      .filter((file) => !isTestCode(file) && roomOf(file) !== "lib/proxy")
      .filter((file) => appImports(file).some((target) => roomOf(target) === "lib/proxy"));
    expect(readers).toEqual([]);
  });

  it("shipping code never imports test code", () => {
    const intoTests = arrows
      .filter(({ target }) => isTestCode(`${target}.ts`) || target.startsWith("lib/test/"))
      .map(({ file, target }) => `${file} -> ${target}`);
    expect(intoTests).toEqual([]);
  });
});
