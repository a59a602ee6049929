// The production server (server.mjs) as the memory benchmark runs it: started with --expose-gc,
// it answers SIGUSR2 by collecting garbage fully and writing process.memoryUsage() to the file
// named by MEMORY_REPORT. Only this wrapper, run by scripts/bench-memory.mjs, does so: the app
// itself has no way to be asked for a GC or its heap, from outside or in.
import { writeFileSync } from "node:fs";
import { writeHeapSnapshot } from "node:v8";

const report = process.env.MEMORY_REPORT;
if (typeof globalThis.gc !== "function" || !report) {
  console.error("serve-with-gc: run with node --expose-gc and MEMORY_REPORT=<file>");
  process.exit(1);
}

process.on("SIGUSR2", () => {
  // Twice: the first pass may only schedule finalisers whose objects the second one frees.
  globalThis.gc();
  globalThis.gc();
  const usage = process.memoryUsage();
  const snapshot = process.env.MEMORY_SNAPSHOT_DIR
    ? writeHeapSnapshot(`${process.env.MEMORY_SNAPSHOT_DIR}/heap-${Date.now()}.heapsnapshot`)
    : null;
  writeFileSync(report, JSON.stringify({ ...usage, snapshot, at: Date.now() }));
});

await import("../../server.mjs");
