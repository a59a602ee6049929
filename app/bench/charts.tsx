import { useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { ScrollsSideways } from "@/app/_components/scrolls-sideways";
import { rowMessage } from "@/lib/bench/labels";
import type { HttpPath, MicroRow } from "@/lib/bench/results";

/**
 * The bench page's figures: bars for the eye (SVG, hidden from screen readers) and the same
 * numbers in a table for everyone. The labels the benchmark wrote in English are shown in the
 * visitor's language (lib/bench/labels.ts); one the messages do not know yet stays as written.
 */

const WIDTH = 720;
const ROW = 26;
const LABEL = 300;

/** Each path's req/s as a fraction of the baseline, with its target marked. */
export function RatioBars({ paths }: { paths: HttpPath[] }): ReactNode {
  const t = useTranslations("bench");
  const root = useTranslations();
  const top = Math.max(1.6, ...paths.map((p) => Math.max(p.ratio, p.ratioMax ?? 0)));
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
              {pathLabel(root, p)}
            </text>
            <rect
              x={LABEL}
              y={y + 5}
              width={x(p.ratio) - LABEL}
              height={ROW - 10}
              fill={missed ? "#b45309" : "#0f766e"}
            />
            {p.ratioMin !== undefined && p.ratioMax !== undefined && (
              <line
                x1={x(p.ratioMin)}
                x2={x(p.ratioMax)}
                y1={y + ROW / 2}
                y2={y + ROW / 2}
                stroke="currentColor"
                strokeWidth="1.5"
              />
            )}
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
              x={x(Math.max(p.ratio, p.ratioMax ?? 0, p.target ?? 0)) + 6}
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
        {t("http.baseline")}
      </text>
    </svg>
  );
}

export function HttpTable({ paths }: { paths: HttpPath[] }): ReactNode {
  const t = useTranslations("bench.http");
  const path = useTranslations();
  const spread = useTranslations("benchSpread");
  return (
    <ScrollsSideways label={t("caption")}>
      <table className="w-full text-left text-sm" data-testid="bench-http">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col">{t("columns.path")}</th>
            <th scope="col" className="pl-3 text-right">
              {t("columns.reqPerSec")}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t("columns.p50")}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t("columns.p99")}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t("columns.failed")}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t("columns.ratio")}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t("columns.target")}
            </th>
          </tr>
        </thead>
        <tbody>
          {paths.map((p) => (
            <Fragment key={p.id}>
              <tr data-path={p.id}>
                <th scope="row" className="font-normal">
                  {pathLabel(path, p)}
                </th>
                <td className="pl-3 text-right">{p.reqPerSec}</td>
                <td className="pl-3 text-right">{p.p50Ms}</td>
                <td className="pl-3 text-right">{p.p99Ms}</td>
                <td className="pl-3 text-right">{p.non2xx}</td>
                <td className="whitespace-nowrap pl-3 text-right">
                  <Ratio ratio={p.ratio} min={p.ratioMin} max={p.ratioMax} />
                </td>
                <td className="whitespace-nowrap pl-3 text-right">
                  {verdict(t, p.ratio, p.target)}
                </td>
              </tr>
              {p.relative && (
                <tr data-relative={p.id}>
                  <th scope="row" colSpan={5} className="pl-4 font-normal text-slate-700">
                    {spread("relative", {
                      path: pathLabel(path, paths.find((q) => q.id === p.relative!.to) ?? p),
                    })}
                  </th>
                  <td className="whitespace-nowrap pl-3 text-right">
                    <Ratio {...p.relative} />
                  </td>
                  <td className="whitespace-nowrap pl-3 text-right">
                    {verdict(t, p.relative.ratio, p.relative.target)}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </ScrollsSideways>
  );
}

export function MicroTable({ rows, caption }: { rows: MicroRow[]; caption: string }): ReactNode {
  const t = useTranslations("bench");
  return (
    <ScrollsSideways label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col">{t("micro.columns.operation")}</th>
            <th scope="col" className="pl-3 text-right">
              {t("micro.columns.median")}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t("micro.columns.p99")}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t("micro.columns.queries")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className="whitespace-pre font-normal">
                <RowLabel label={r.label} t={t} />
              </th>
              <td className="pl-3 text-right">{r.medianMicros}</td>
              <td className="pl-3 text-right">{r.p99Micros}</td>
              <td className="pl-3 text-right">{r.queries}</td>
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
}): ReactNode {
  const t = useTranslations("bench.tokenSizes");
  return (
    <ScrollsSideways label={t("label")}>
      <table className="text-left text-sm">
        <caption className="mb-1 text-left font-semibold">
          {cookieBytes === null ? t("caption") : t("captionWithCookie", { bytes: cookieBytes })}
        </caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="pr-6">
              {t("extraClaims")}
            </th>
            <th scope="col" className="pl-3 text-right">
              {t("bytes")}
            </th>
          </tr>
        </thead>
        <tbody>
          {sizes.map((s) => (
            <tr key={s.extraClaims}>
              <td className="pr-6">{s.extraClaims}</td>
              <td className="pl-3 text-right">{s.bytes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollsSideways>
  );
}

type T = ReturnType<typeof useTranslations<"bench">>;
type Root = ReturnType<typeof useTranslations>;

/** A median ratio, with the lowest and highest of its rounds beside it when the file has them. */
function Ratio({ ratio, min, max }: { ratio: number; min?: number; max?: number }): ReactNode {
  const t = useTranslations("benchSpread");
  return (
    <>
      {ratio.toFixed(2)}
      {min !== undefined && max !== undefined && (
        <span className="ml-1 text-xs text-slate-600">
          {t("range", { min: min.toFixed(2), max: max.toFixed(2) })}
        </span>
      )}
    </>
  );
}

/** Met or missed, by the median. */
function verdict(
  t: ReturnType<typeof useTranslations<"bench.http">>,
  ratio: number,
  target: number | null,
): string {
  return target === null ? "—" : t(ratio >= target ? "met" : "missed", { target });
}

/** A measured path by its id, in the visitor's language; as the benchmark named it if unknown. */
function pathLabel(t: Root, path: HttpPath): string {
  // Paths added after the first table are named under their own namespace.
  for (const key of [`bench.paths.${path.id}`, `benchSpread.paths.${path.id}`]) {
    if (t.has(key)) return t(key);
  }
  return path.label;
}

/** A row's label in the visitor's language, its indent kept; as written if the messages miss it. */
function RowLabel({ label, t }: { label: string; t: T }): ReactNode {
  const found = rowMessage(label);
  if (found === null) return <span lang="en">{label}</span>;
  return `${found.indent}${t(`rows.${found.key}`, found.values)}`;
}
