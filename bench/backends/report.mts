// The table a run prints and the file it writes (bench/results/backends.json): per size, each
// lookup's median and p95, then the ratios — within a backend (the app over its driver alone) and
// across them (the app's lookup on one backend over another's).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Figure } from "./timing.mjs";
import { N, USERS, WARMUP } from "./rows.mjs";

export type Figures = Record<string, Figure>;

const COLUMNS: Array<[name: string, title: string]> = [
  ["postgresApp", "PostgreSQL app"],
  ["postgresRaw", "PostgreSQL raw"],
  ["redisApp", "Redis app"],
  ["redisRaw", "Redis raw"],
  ["redisRawWithUser", "Redis+user raw"],
  ["sqliteApp", "SQLite app"],
  ["sqliteRaw", "SQLite raw"],
];

const RATIOS: Array<[name: string, over: string, under: string]> = [
  ["postgres app/raw", "postgresApp", "postgresRaw"],
  ["redis app/raw", "redisApp", "redisRaw"],
  ["redis app/(raw + user)", "redisApp", "redisRawWithUser"],
  ["sqlite app/raw", "sqliteApp", "sqliteRaw"],
  ["postgres/sqlite (app)", "postgresApp", "sqliteApp"],
  ["redis/postgres (app)", "redisApp", "postgresApp"],
];

/** The ratios of the medians, two decimals. */
export function ratios(figures: Figures): Record<string, number> {
  return Object.fromEntries(
    RATIOS.filter(([, over, under]) => figures[over] && figures[under]).map(
      ([name, over, under]) => [
        name,
        Math.round((figures[over]!.medianUs / figures[under]!.medianUs) * 100) / 100,
      ],
    ),
  );
}

const cell = (text: string, width: number): string => text.padStart(width);

/** Prints each size's medians and p95s, then its ratios. */
export function printTable(sizes: number[], figures: Figures[]): void {
  console.log(`\nOne session lookup (session + its user), µs: median / p95 (N=${N}, interleaved)`);
  console.log(["sessions".padEnd(10), ...COLUMNS.map(([, title]) => cell(title, 17))].join(""));
  sizes.forEach((size, i) => {
    const row = COLUMNS.map(([name]) => {
      const figure = figures[i]![name];
      return cell(figure ? `${figure.medianUs} / ${figure.p95Us}` : "—", 17);
    });
    console.log([size.toLocaleString("en").padEnd(10), ...row].join(""));
  });
  console.log(`\nRatios of the medians`);
  console.log(["sessions".padEnd(10), ...RATIOS.map(([name]) => cell(name, 24))].join(""));
  sizes.forEach((size, i) => {
    const values = ratios(figures[i]!);
    const row = RATIOS.map(([name]) => cell(values[name]?.toFixed(2) ?? "—", 24));
    console.log([size.toLocaleString("en").padEnd(10), ...row].join(""));
  });
}

const versionOf = (name: string): string =>
  (
    JSON.parse(readFileSync(path.join("node_modules", name, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

/** Writes the run to `file`: the machine, the versions, the settings, each size's figures. */
export function writeResults(
  file: string,
  sizes: number[],
  figures: Figures[],
  servers: Record<string, string>,
): void {
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model.trim() ?? "?",
      note: "shared cores; every server on loopback (127.0.0.1), on the same machine as the bench",
    },
    node: process.version,
    versions: {
      ...servers,
      pg: versionOf("pg"),
      redis: versionOf("redis"),
      "better-sqlite3": versionOf("better-sqlite3"),
      "drizzle-orm": versionOf("drizzle-orm"),
    },
    settings: { lookups: N, warmUp: WARMUP, users: USERS },
    sizes: sizes.map((sessions, i) => ({
      sessions,
      figures: figures[i],
      ratios: ratios(figures[i]!),
    })),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), file)}.`);
}
