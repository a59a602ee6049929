import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/**
 * The benchmark's latest results (bench/results/latest.json, written by `npm run bench`), read
 * for the /bench page. A missing or malformed file is "no results", never an error page.
 */

const httpPath = z.object({
  id: z.string(),
  label: z.string(),
  server: z.string(),
  reqPerSec: z.number(),
  p50Ms: z.number(),
  p99Ms: z.number(),
  non2xx: z.number(),
  /** The median over the rounds of each round's ratio; min and max beside it (older files lack them). */
  ratio: z.number(),
  ratioMin: z.number().optional(),
  ratioMax: z.number().optional(),
  target: z.number().nullable(),
  rounds: z.array(z.number()),
  /** Held against another path of the same server too (the inspected request, ÷ uninspected). */
  relative: z
    .object({
      to: z.string(),
      ratio: z.number(),
      min: z.number(),
      max: z.number(),
      target: z.number().nullable(),
    })
    .optional(),
});

const microRow = z.object({
  label: z.string(),
  medianMicros: z.number(),
  p99Micros: z.number(),
  queries: z.number(),
});

const resultsSchema = z.object({
  http: z
    .object({
      date: z.string(),
      machine: z.object({ cpus: z.number(), model: z.string(), memoryGiB: z.number() }),
      node: z.string(),
      next: z.string(),
      settings: z.object({
        seconds: z.number(),
        rounds: z.number(),
        connections: z.number(),
        users: z.number(),
        sessions: z.number(),
      }),
      baseline: z.string(),
      paths: z.array(httpPath),
    })
    .optional(),
  micro: z
    .object({
      date: z.string(),
      node: z.string(),
      n: z.number(),
      checks: z.array(microRow),
      floors: z.object({ session: z.number(), sealed: z.number(), jwt: z.number() }),
      cookieCache: z.array(microRow),
      stores: z.array(microRow),
      jwt: z.array(microRow),
      peers: z.array(microRow).optional(),
      dpop: z.array(microRow).optional(),
      scaling: z.array(microRow).optional(),
      tokenSizes: z.array(z.object({ extraClaims: z.number(), bytes: z.number() })).optional(),
      sessionCookieBytes: z.number().optional(),
      storeBytes: z
        .object({ sqlitePerSession: z.number(), redisPerSession: z.number() })
        .optional(),
    })
    .optional(),
});

export type BenchResults = z.infer<typeof resultsSchema>;
export type HttpPath = z.infer<typeof httpPath>;
export type MicroRow = z.infer<typeof microRow>;

export const RESULTS_FILE = path.join("bench", "results", "latest.json");

export async function readBenchResults(): Promise<BenchResults | null> {
  try {
    const parsed = resultsSchema.safeParse(
      JSON.parse(await readFile(path.join(process.cwd(), RESULTS_FILE), "utf8")),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
