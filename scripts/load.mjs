// Requests per second for one URL of a running server, with and without the inspector's tracing
// (a browser's `lab_inspector` cookie turns it on). Loopback only, bounded in time:
//   node scripts/load.mjs http://127.0.0.1:3000/api/jwt/me "authorization: Bearer …"
import http from "node:http";

const [target = "http://127.0.0.1:3000/ping", ...headerArgs] = process.argv.slice(2);
const url = new URL(target);
if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) {
  console.error("load.mjs only targets this machine's loopback interface.");
  process.exit(1);
}
const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 8);
const baseHeaders = Object.fromEntries(headerArgs.map((h) => h.split(/:\s*/, 2)));
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function once(headers) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", () => resolve(0));
  });
}

async function run(label, headers) {
  for (let i = 0; i < 50; i++) await once(headers); // warm-up
  const deadline = Date.now() + SECONDS * 1000;
  const statuses = new Map();
  let count = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        const status = await once(headers);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        count += 1;
      }
    }),
  );
  const rate = count / SECONDS;
  console.log(
    `${label.padEnd(22)} ${rate.toFixed(0).padStart(6)} req/s  statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  return rate;
}

const off = await run("tracing off", baseHeaders);
const inspector = "lab_inspector=loadtestloadtestloadte1";
const cookie = baseHeaders.cookie ? `${baseHeaders.cookie}; ${inspector}` : inspector;
const on = await run("tracing on", { ...baseHeaders, cookie });
const off2 = await run("tracing off (again)", baseHeaders);
console.log(
  `tracing costs ${(100 * (1 - on / ((off + off2) / 2))).toFixed(1)}% of throughput (${url.pathname}, ${CONCURRENCY} concurrent, ${SECONDS}s each)`,
);
agent.destroy();
