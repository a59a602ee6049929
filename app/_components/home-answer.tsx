import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatMicros } from "@/app/_components/inspector/format";
import { RICH } from "@/app/_components/rich";
import { costSummary, type AreaCost } from "@/lib/inspect/summary";
import { AUTH_AREAS, type AuthArea } from "@/config/types";

/**
 * The front page's answer to "session or JWT?": one table — the server-side session, the sealed
 * cookie between them, the JWT — each point linked to its proof.
 */

type T = Awaited<ReturnType<typeof getTranslations<"home">>>;
const CELL_SUFFIX: Record<AuthArea, string> = { session: "Session", sealed: "Sealed", jwt: "Jwt" };

function Proof({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} prefetch={false} className="whitespace-nowrap text-sm underline">
      {children} →
    </Link>
  );
}

function measuredCost(t: T, cost: AreaCost, area: AuthArea) {
  if (cost.queriesPerRequest === null || cost.medianAuthMicros === null) {
    return (
      <span data-testid={`home-cost-${area}`}>{t("notMeasured", { count: cost.requests })}</span>
    );
  }
  return (
    <span data-testid={`home-cost-${area}`}>
      {t.rich("measured", {
        ...RICH,
        queries: cost.queriesPerRequest.toFixed(1),
        queryCount: Number(cost.queriesPerRequest.toFixed(1)),
        micros: formatMicros(cost.medianAuthMicros),
        count: Math.min(cost.requests, 500),
      })}
    </span>
  );
}

export async function HomeAnswer() {
  const t = await getTranslations("home");
  const areas = await getTranslations("areas");
  const cost = costSummary();
  const cell = (key: string, proof: string, href: string) => (
    <>
      {t.rich(`cells.${key}`, RICH)} <Proof href={href}>{t(`proof.${proof}`)}</Proof>
    </>
  );
  const cellsOf = (key: string, proof: string, href: Record<AuthArea, string>) =>
    Object.fromEntries(
      AUTH_AREAS.map((area) => [area, cell(`${key}${CELL_SUFFIX[area]}`, proof, href[area])]),
    ) as Record<AuthArea, ReactNode>;
  const rows: { key: string; cells: Record<AuthArea, ReactNode> }[] = [
    {
      key: "kept",
      cells: cellsOf("kept", "seeBoth", { session: "/tour/2", sealed: "/sealed", jwt: "/tour/2" }),
    },
    {
      key: "cost",
      cells: Object.fromEntries(
        AUTH_AREAS.map((area) => [
          area,
          <>
            {measuredCost(t, cost[area], area)}.{" "}
            <Proof href={area === "sealed" ? "/compare" : "/tour/3"}>{t("proof.watchOne")}</Proof>
          </>,
        ]),
      ) as Record<AuthArea, ReactNode>,
    },
    {
      key: "logout",
      cells: cellsOf("logout", "replay", {
        session: "/compare",
        sealed: "/compare",
        jwt: "/compare",
      }),
    },
    {
      key: "scale",
      cells: cellsOf("scale", "how", {
        session: "/learn/scaling-out",
        sealed: "/learn/sessions",
        jwt: "/learn/keys-and-jwks",
      }),
    },
    {
      key: "attacks",
      cells: cellsOf("attacks", "tryIt", {
        session: "/threats/csrf",
        sealed: "/threats/csrf",
        jwt: "/jwt/bearer",
      }),
    },
  ];
  return (
    <table
      className="w-full table-fixed text-left text-[13px] sm:text-sm"
      aria-label={t("tableLabel")}
    >
      <thead>
        <tr>
          <th scope="col" className="w-20 sm:w-48">
            <span className="sr-only">{t("question")}</span>
          </th>
          {AUTH_AREAS.map((area) => (
            <th key={area} scope="col" className="px-2 text-base">
              {areas(area)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-200 align-top">
            <th scope="row" className="break-words py-2 pr-2 font-semibold">
              {t(`rows.${row.key}`)}
            </th>
            {AUTH_AREAS.map((area) => (
              <td key={area} className="px-2 py-2">
                {row.cells[area]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
