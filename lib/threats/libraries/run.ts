import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ATTACKS, type Attack, type Built } from "@/lib/threats/jwt-range/attacks";
import type { Library, LibraryOption, Verify } from "@/lib/threats/libraries/library";
import { LIBRARIES } from "@/lib/threats/libraries/libraries";
import { EXPECT, matrixMaterial, type MatrixMaterial } from "@/lib/threats/libraries/material";

/**
 * The library matrix, computed: every token of the attack range (and a genuine token of each
 * kind, the control) fed to every library twice — called as its quick-start shows, and with every
 * option a careful user adds — and, where only the careful call refuses, each option alone, to
 * name the ones that close the hole. `npm run matrix` writes it to ./matrix.json; a test runs it
 * again and fails on any difference.
 */

export interface Verdict {
  accepted: boolean;
  /** The library's own words for a refusal (its error code, else its error's name and message). */
  reason: string | null;
}

export interface Row {
  quickStart: Verdict;
  careful: Verdict;
  /** The options that each, added alone to the quick-start, make it refuse. */
  closedBy: string[];
}

export interface LibraryResult {
  id: string;
  packageName: string;
  version: string;
  quickStart: string;
  options: LibraryOption[];
  rows: Record<string, Row>;
}

export interface MatrixCase {
  id: string;
  /** The naive verifier's mistake the range says it needs (null for the genuine controls). */
  exploits: string | null;
  harm: Attack["harm"] | "none";
  target: Built["target"];
}

export interface Matrix {
  cases: MatrixCase[];
  libraries: LibraryResult[];
}

/** The genuine tokens: every configuration must accept these, or the matrix is wrong. */
const CONTROLS: Attack[] = [
  {
    id: "genuine",
    exploits: null,
    harm: "accepted",
    build: async (m) => ({ token: await m.issue("fresh"), target: "access" }),
  },
  {
    id: "genuine_pass",
    exploits: null,
    harm: "accepted",
    build: async (m) => ({ token: await m.issue("pass"), target: "pass" }),
  },
];

// A library's own words for a refusal, the same on every run: error messages may quote the token
// or say where in it a byte was (its times, its random bytes, an offset), so a message stops at
// its first quote, comma or colon and its numbers are left out; a JSON parse error, whose words
// depend on which random byte came first, is named only.
const NUMBERS = /\b\d+(\.\d+)?\b/g;

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return "not an Error";
  if (error instanceof SyntaxError) return "SyntaxError (not JSON)";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const words = error.message
    .split(/['"`,:]/)[0]!
    .replace(NUMBERS, "#")
    .trim();
  return `${error.name}: ${words}`.slice(0, 120);
}

async function verdict(verify: Verify, built: Built): Promise<Verdict> {
  if (built.warm !== undefined) await verify(built.warm).catch(() => undefined);
  try {
    await verify(built.token);
    return { accepted: true, reason: null };
  } catch (error) {
    return { accepted: false, reason: reasonOf(error) };
  }
}

function packageVersion(packageName: string): string {
  const file = path.join(process.cwd(), "node_modules", packageName, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

async function rowOf(library: Library, built: Built, { key }: MatrixMaterial): Promise<Row> {
  const expect = EXPECT[built.target];
  const run = (on: Iterable<string>) => verdict(library.verifier(key, new Set(on), expect), built);
  const all = library.options.map((option) => option.id);
  const quickStart = await run([]);
  const careful = await run(all);
  const closedBy: string[] = [];
  if (quickStart.accepted && !careful.accepted) {
    for (const option of all) if (!(await run([option])).accepted) closedBy.push(option);
  }
  return { quickStart, careful, closedBy };
}

export async function computeMatrix(): Promise<Matrix> {
  // Issued a few seconds back: a fractional iat in the current second would be "in the future"
  // for a verifier that compares whole seconds, and refused or not depending on the clock.
  const made = await matrixMaterial(Date.now() - 5_000);
  const attacks = [...CONTROLS, ...ATTACKS];
  const built = new Map<string, Built>();
  for (const attack of attacks) built.set(attack.id, await attack.build(made.material));
  const libraries: LibraryResult[] = [];
  for (const library of LIBRARIES) {
    const rows: Record<string, Row> = {};
    for (const attack of attacks)
      rows[attack.id] = await rowOf(library, built.get(attack.id)!, made);
    for (const control of CONTROLS) {
      const row = rows[control.id]!;
      if (!row.quickStart.accepted || !row.careful.accepted)
        throw new Error(`${library.id} refuses the ${control.id} token: its call is wrong.`);
    }
    libraries.push({
      id: library.id,
      packageName: library.packageName,
      version: packageVersion(library.packageName),
      quickStart: library.quickStart,
      options: [...library.options],
      rows,
    });
  }
  const cases = attacks.map(({ id, exploits, harm }) => ({
    id,
    exploits,
    harm: exploits === null ? ("none" as const) : harm,
    target: built.get(id)!.target,
  }));
  return { cases, libraries };
}
