// Bytes per kept trace and per browser, in process: a thousand browsers × fifty traces of an
// authenticated /api/session/me, kept as the inspector keeps them (compact records in rings), and
// as plain trace objects (what the inspector kept before), each measured as heap used after a
// full GC. Run: node --expose-gc --import tsx bench/memory/record-bytes.mts
import crypto from "node:crypto";
import { compactTrace, type CompactTrace } from "@/lib/inspect/compact-trace";
import type { Trace } from "@/lib/inspect/trace";
import { TraceBrowsers } from "@/lib/inspect/trace-browsers";

const BROWSERS = 1000;
const PER_BROWSER = 50;
const gc = (globalThis as { gc?: () => void }).gc!;

function trace(i: number): Omit<Trace, "id"> {
  return {
    at: Date.now(),
    method: "GET",
    path: `/api/session/me?${i}`.split("?")[0]!, // a fresh string per request, as a parsed URL's
    area: "session",
    credential: { kind: "session_cookie", bytes: 43 },
    checks: [
      {
        step: "store_lookup",
        where: "proxy",
        micros: 41.337,
        queries: 1,
        cached: false,
        ok: true,
        reason: "ok",
      },
      {
        step: "proxy_result",
        where: "dal",
        micros: 2.113,
        queries: 0,
        cached: true,
        ok: true,
        reason: "ok",
      },
    ],
    decision: { ok: true, reason: "ok" },
    status: 200,
    dbQueries: 1,
    totalMicros: 1250 + i,
    setCookies: [],
    instance: "lab",
  };
}

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function measure(label: string, fill: () => unknown): void {
  const before = heapAfterGc();
  const kept = fill();
  const bytes = heapAfterGc() - before;
  console.log(
    `${label}: ${(bytes / 2 ** 20).toFixed(1)} MiB for ${BROWSERS} browsers × ${PER_BROWSER}` +
      ` — ${(bytes / BROWSERS / PER_BROWSER).toFixed(0)} B per trace, ${(bytes / BROWSERS / 1024).toFixed(1)} kB per browser`,
  );
  if (kept === null) throw new Error("unreachable");
}

const browserId = () =>
  `${crypto.randomBytes(16).toString("base64url")}.${crypto.randomBytes(16).toString("base64url")}`;

measure("plain trace objects (before)", () => {
  const buffers = new Map<string, { value: Trace[]; validUntil: number }>();
  for (let b = 0; b < BROWSERS; b++) {
    const id = browserId();
    for (let i = 0; i < PER_BROWSER; i++) {
      const previous = buffers.get(id)?.value ?? [];
      const next = [{ id: crypto.randomUUID(), ...trace(i) }, ...previous].slice(0, PER_BROWSER);
      buffers.set(id, { value: next, validUntil: Date.now() + 3_600_000 });
    }
  }
  return buffers;
});

measure("compact records in rings (after)", () => {
  const browsers = new TraceBrowsers<CompactTrace>({
    maxBrowsers: BROWSERS,
    perBrowser: PER_BROWSER,
    idleMs: 20 * 60_000,
    isWatched: () => false,
  });
  const paths = new Map<string, string>();
  let seq = 0;
  for (let b = 0; b < BROWSERS; b++) {
    const id = browserId();
    for (let i = 0; i < PER_BROWSER; i++) {
      const t = trace(i);
      const shared = paths.get(t.path) ?? (paths.set(t.path, t.path), t.path);
      browsers.add(id, compactTrace(++seq, { ...t, path: shared }), Date.now());
    }
  }
  return browsers;
});
