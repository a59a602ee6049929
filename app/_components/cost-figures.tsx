import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatMicros } from "@/app/_components/inspector/format";
import { RICH } from "@/app/_components/rich";
import { costSummary, MIN_SAMPLES, type AreaCost } from "@/lib/inspect/summary";
import { AUTH_AREAS } from "@/config/types";

const micros = (value: number | null) => (value === null ? "—" : formatMicros(value));

type Row = "requests" | "total" | "auth" | "queries" | "first" | "memo";

const ROWS: [Row, (cost: AreaCost) => string][] = [
  ["requests", (c) => String(c.requests)],
  ["total", (c) => micros(c.medianTotalMicros)],
  ["auth", (c) => micros(c.medianAuthMicros)],
  ["queries", (c) => (c.queriesPerRequest === null ? "—" : c.queriesPerRequest.toFixed(2))],
  ["first", (c) => micros(c.medianFirstCryptoMicros)],
  ["memo", (c) => micros(c.medianMemoCryptoMicros)],
];

/**
 * What an authenticated request costs on this server, measured from every browser's recent
 * traced requests (aggregated: no request of anyone's is shown). Server-rendered per view.
 */
export async function CostFigures(): Promise<ReactNode> {
  const t = await getTranslations("costFigures");
  const areas = await getTranslations("areas");
  const summary = costSummary();
  return (
    <div className="space-y-2">
      <table className="w-full text-left text-sm" aria-label={t("label")}>
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="font-normal">
              {t("now")}
            </th>
            {AUTH_AREAS.map((area) => (
              <th key={area} scope="col">
                {areas(area)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([key, value]) => (
            <tr key={key} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-2 font-normal">
                {t(`rows.${key}`)}
              </th>
              {AUTH_AREAS.map((area) => (
                <td key={area} data-testid={`cost-${area}-${key}`}>
                  {value(summary[area])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-600">
        {t.rich("note", {
          ...RICH,
          samples: MIN_SAMPLES,
          compare: (chunks) => (
            <Link href="/compare" className="underline" prefetch={false}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
