// The HTTP benchmark's figures: each round's ratio of a path to the baseline runs beside it
// (./http-bench.mjs), then per path the median over the rounds with its min and max, a verdict
// against the target by the median, and the table printed at the end.

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round3 = (value) => Number(value.toFixed(3));

/** The median, min and max of a list of per-round ratios. */
function spread(ratios) {
  return {
    ratio: round3(median(ratios)),
    min: round3(Math.min(...ratios)),
    max: round3(Math.max(...ratios)),
  };
}

/** Per path: req/s and latency (medians), the ratio to the baseline (median [min–max]). */
export function summarise(targets, samples) {
  return targets.map((t) => {
    const s = samples[t.id];
    const { ratio, min, max } = spread(s.map((x) => x.ratio));
    const cpuRatios = s.map((x) => x.cpuRatio).filter((x) => typeof x === "number");
    // Against another path: each round's ratios to their own neighbouring baselines, divided.
    const reference = t.relativeTo ? samples[t.relativeTo] : null;
    return {
      id: t.id,
      label: t.label,
      server: t.server,
      reqPerSec: Math.round(median(s.map((x) => x.rps))),
      p50Ms: median(s.map((x) => x.p50)),
      p99Ms: median(s.map((x) => x.p99)),
      non2xx: s.reduce((n, x) => n + x.non2xx, 0),
      ratio,
      ratioMin: min,
      ratioMax: max,
      cpuMicrosPerRequest: Math.round(median(s.map((x) => x.cpuPerRequest ?? 0))),
      ...(cpuRatios.length === s.length ? { cpu: spread(cpuRatios) } : {}),
      target: t.target ?? null,
      rounds: s.map((x) => Math.round(x.rps)),
      ...(reference === null
        ? {}
        : {
            relative: {
              to: t.relativeTo,
              label: t.relativeLabel ?? "same request, uninspected",
              ...spread(s.map((x, r) => x.ratio / reference[r].ratio)),
              target: t.relativeTarget ?? null,
              ...(cpuRatios.length === s.length
                ? { cpu: spread(s.map((x, r) => x.cpuRatio / reference[r].cpuRatio)) }
                : {}),
            },
          }),
    };
  });
}

const verdict = (value, target) =>
  target === null || target === undefined ? "" : `${value >= target ? "✔" : "✖"} ≥ ${target}`;
const range = ({ ratio, min, max }) =>
  `${ratio.toFixed(2)} [${min.toFixed(2)}–${max.toFixed(2)}]`.padStart(17);

/** The table: one line per path, and a line under a path held against another path. */
// "by CPU": the baseline's CPU time per request ÷ this path's (server processes only, from
// /proc), a figure that another process taking the cores does not move the way it moves req/s.
export function printTable(result) {
  const { rounds, seconds, connections } = result.settings;
  console.log(
    `\n${rounds} interleaved rounds, ${seconds} s a run, ${connections} connections; each path ÷ the baseline runs on either side of it; median [min–max] over the rounds; load before: ${result.load.before.join(" ")}, after: ${result.load.after.join(" ")}`,
  );
  console.log(
    `${"path".padEnd(46)} ${"req/s".padStart(6)} ${"p50".padStart(4)} ${"p99".padStart(4)} ${"non2xx".padStart(6)} ${"÷ base".padStart(17)}  ${"target".padEnd(9)} ${"CPU µs/req".padStart(10)} ${"by CPU".padStart(17)}`,
  );
  for (const p of result.paths) {
    const figures = { ratio: p.ratio, min: p.ratioMin, max: p.ratioMax };
    console.log(
      `${p.label.padEnd(46)} ${String(p.reqPerSec).padStart(6)} ${String(p.p50Ms).padStart(4)} ${String(p.p99Ms).padStart(4)} ${String(p.non2xx).padStart(6)} ${range(figures)}  ${verdict(p.ratio, p.target).padEnd(9)} ${String(p.cpuMicrosPerRequest).padStart(10)} ${p.cpu ? range(p.cpu) : ""}`,
    );
    if (p.non2xx > 0)
      console.log(`  ✖ ${p.non2xx} answers were not 2xx: this ratio measures errors`);
    if (p.relative) {
      console.log(
        `${`  ÷ ${p.relative.to} (${p.relative.label ?? "same request, uninspected"})`.padEnd(46)} ${"".padStart(23)} ${range(p.relative)}  ${verdict(p.relative.ratio, p.relative.target).padEnd(9)} ${"".padStart(10)} ${p.relative.cpu ? range(p.relative.cpu) : ""}`,
      );
    }
  }
}
