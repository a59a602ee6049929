import { ScrollsSideways } from "@/app/_components/scrolls-sideways";
import type { HttpPath, MicroRow } from "@/lib/bench/results";

/**
 * The bench page's figures: bars for the eye (SVG, hidden from screen readers) and the same
 * numbers in a table for everyone.
 */

const WIDTH = 720;
const ROW = 26;
const LABEL = 300;

/** Each path's req/s as a fraction of the baseline, with its target marked. */
export function RatioBars({ paths }: { paths: HttpPath[] }) {
  const top = Math.max(1.6, ...paths.map((p) => p.ratio));
  const x = (ratio: number) => LABEL + (ratio / top) * (WIDTH - LABEL - 50);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${paths.length * ROW + 20}`}
      className="w-full max-w-3xl"
      aria-hidden="true"
    >
      <line
        x1={x(1)}
        x2={x(1)}
        y1={0}
        y2={paths.length * ROW}
        stroke="currentColor"
        strokeDasharray="4 3"
      />
      {paths.map((p, i) => {
        const y = i * ROW;
        const missed = p.target !== null && p.ratio < p.target;
        return (
          <g key={p.id}>
            <text x={LABEL - 8} y={y + 17} fontSize="12" textAnchor="end" fill="currentColor">
              {p.label}
            </text>
            <rect
              x={LABEL}
              y={y + 5}
              width={x(p.ratio) - LABEL}
              height={ROW - 10}
              fill={missed ? "#b45309" : "#0f766e"}
            />
            {p.target !== null && (
              <line
                x1={x(p.target)}
                x2={x(p.target)}
                y1={y + 2}
                y2={y + ROW - 2}
                stroke="#b91c1c"
                strokeWidth="2"
              />
            )}
            <text
              x={x(Math.max(p.ratio, p.target ?? 0)) + 6}
              y={y + 17}
              fontSize="12"
              fill="currentColor"
            >
              {p.ratio.toFixed(2)}×
            </text>
          </g>
        );
      })}
      <text
        x={x(1)}
        y={paths.length * ROW + 14}
        fontSize="11"
        textAnchor="middle"
        fill="currentColor"
      >
        1.0 = bare app + pass-through proxy
      </text>
    </svg>
  );
}

export function HttpTable({ paths }: { paths: HttpPath[] }) {
  return (
    <ScrollsSideways label="Requests per second and latency per path">
      <table className="w-full text-left text-sm" data-testid="bench-http">
        <caption className="sr-only">Requests per second and latency per path</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col">Path</th>
            <th scope="col" className="text-right">
              req/s
            </th>
            <th scope="col" className="text-right">
              p50 ms
            </th>
            <th scope="col" className="text-right">
              p99 ms
            </th>
            <th scope="col" className="text-right">
              non-2xx
            </th>
            <th scope="col" className="text-right">
              ÷ baseline
            </th>
            <th scope="col" className="text-right">
              target
            </th>
          </tr>
        </thead>
        <tbody>
          {paths.map((p) => (
            <tr key={p.id} data-path={p.id}>
              <th scope="row" className="font-normal">
                {p.label}
              </th>
              <td className="text-right">{p.reqPerSec}</td>
              <td className="text-right">{p.p50Ms}</td>
              <td className="text-right">{p.p99Ms}</td>
              <td className="text-right">{p.non2xx}</td>
              <td className="text-right">{p.ratio.toFixed(2)}</td>
              <td className="text-right">
                {p.target === null
                  ? "—"
                  : `${p.ratio >= p.target ? "met" : "missed"} (≥ ${p.target})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollsSideways>
  );
}

export function MicroTable({ rows, caption }: { rows: MicroRow[]; caption: string }) {
  return (
    <ScrollsSideways label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col">Operation</th>
            <th scope="col" className="text-right">
              median µs
            </th>
            <th scope="col" className="text-right">
              p99 µs
            </th>
            <th scope="col" className="text-right">
              queries
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className="whitespace-pre font-normal">
                {r.label}
              </th>
              <td className="text-right">{r.medianMicros}</td>
              <td className="text-right">{r.p99Micros}</td>
              <td className="text-right">{r.queries}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollsSideways>
  );
}

/** A JWT grows with every claim it carries; a session cookie stays the size of its token. */
export function TokenSizes({
  sizes,
  cookieBytes,
}: {
  sizes: Array<{ extraClaims: number; bytes: number }>;
  cookieBytes: number | null;
}) {
  return (
    <ScrollsSideways label="JWT size against its claims">
      <table className="text-left text-sm">
        <caption className="mb-1 text-left font-semibold">
          JWT size against its claims (each extra claim a 16-character string)
          {cookieBytes !== null && `; the session cookie is ${cookieBytes} bytes whatever it holds`}
        </caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="pr-6">
              Extra claims
            </th>
            <th scope="col" className="text-right">
              Bytes
            </th>
          </tr>
        </thead>
        <tbody>
          {sizes.map((s) => (
            <tr key={s.extraClaims}>
              <td className="pr-6">{s.extraClaims}</td>
              <td className="text-right">{s.bytes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollsSideways>
  );
}
