// What tracing adds to one request, in process: the proxy's part (the inspector id's MAC, the
// credential's size), two recorded checks, the decision and the finish (the compact record, the
// cost aggregate), against the same steps with no trace open. Interleaved rounds, medians.
// Run: DATA_DIR=$(mktemp -d) node --import tsx --conditions=react-server bench/memory/trace-cost.mts
import { NextRequest } from "next/server";
import { currentRequest, runInRequest } from "@/ground/context";
import { traceCheck, traceDecision } from "@/ground/trace-recorder";
import { newInspectorId } from "@/lib/inspect/browser-id";
import { traceForInspector } from "@/lib/proxy/inspector";

const N = 20_000;
const ROUNDS = 5;
const ok = { ok: true as const };
const session = `lab_session=${"t".repeat(43)}`;
const inspected = new NextRequest("http://lab.test/api/session/me", {
  headers: { cookie: `${session}; lab_inspector=${newInspectorId()}` },
});
const plain = new NextRequest("http://lab.test/api/session/me", { headers: { cookie: session } });
const finished = { statusCode: 200, getHeader: () => undefined };

async function request(incoming: NextRequest): Promise<void> {
  await runInRequest(async () => {
    traceForInspector(incoming);
    await traceCheck("proxy", "store_lookup", () => ok);
    await traceCheck("dal", "proxy_result", () => ok);
    traceDecision(true, "ok");
    currentRequest()?.onFinish?.(finished);
  });
}

async function microsPer(incoming: NextRequest): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await request(incoming);
  return Number(process.hrtime.bigint() - started) / 1000 / N;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
await microsPer(inspected);
await microsPer(plain);
const runs = { inspected: [] as number[], plain: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  runs.inspected.push(await microsPer(inspected));
  runs.plain.push(await microsPer(plain));
}
const extra = runs.inspected.map((t, i) => t - runs.plain[i]!);
console.log(
  `per request: traced ${median(runs.inspected).toFixed(2)} µs, untraced ${median(runs.plain).toFixed(2)} µs;` +
    ` tracing adds ${median(extra).toFixed(2)} µs [${Math.min(...extra).toFixed(2)}–${Math.max(...extra).toFixed(2)}]`,
);
