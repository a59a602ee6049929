"use client";
// Client component: drawn from a demonstration's answer, in the page that ran it.

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AuthArea } from "@/config/types";
import type { Verdict } from "@/lib/learn/other-device";
import { TOUR_AREAS } from "@/lib/learn/tour";

interface Row<T> {
  key: string;
  label: string;
  cells: Record<AuthArea, T>;
}

/** A demonstration's results: one row per moment, one column per mechanism. */
export function OutcomeTable<T>({
  caption,
  rows,
  cell,
}: {
  caption: string;
  rows: Row<T>[];
  cell: (value: T, area: AuthArea, row: string) => ReactNode;
}) {
  const t = useTranslations("tour.ui");
  return (
    <table className="w-full table-fixed border-collapse text-xs">
      <caption className="pb-1 text-left text-slate-600">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-slate-200 p-1 text-left">
            {t("when")}
          </th>
          {TOUR_AREAS.map((area) => (
            <th key={area} scope="col" className="border-b border-slate-200 p-1 text-left">
              {t(area)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={`tour-row-${row.key}`}>
            <th scope="row" className="border-b border-slate-100 p-1 text-left font-normal">
              {row.label}
            </th>
            {TOUR_AREAS.map((area) => (
              <td key={area} className="break-words border-b border-slate-100 p-1 align-top">
                {cell(row.cells[area], area, row.key)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A check's verdict in words, its code beside them from a tablet's width up. */
export function VerdictWords({ verdict }: { verdict: Verdict }) {
  const t = useTranslations("tour.ui");
  return (
    <span className={verdict.ok ? "text-emerald-800" : "text-rose-800"}>
      {verdict.ok ? (
        t("accepted")
      ) : (
        <>
          {t("refusedBecause", { reason: verdict.reason })}{" "}
          <code className="hidden break-all sm:inline">({verdict.reason})</code>
        </>
      )}
    </span>
  );
}
