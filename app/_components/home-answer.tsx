import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatMicros } from "@/app/_components/inspector/format";
import { RICH } from "@/app/_components/rich";
import { costSummary, type AreaCost } from "@/lib/inspect/summary";

/** The front page's answer to "session or JWT?": one table, each point linked to its proof. */

type T = Awaited<ReturnType<typeof getTranslations<"home">>>;

function Proof({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} prefetch={false} className="whitespace-nowrap text-sm underline">
      {children} →
    </Link>
  );
}

function measuredCost(t: T, cost: AreaCost, area: "session" | "jwt") {
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
  const rows: { key: string; session: ReactNode; jwt: ReactNode }[] = [
    {
      key: "kept",
      session: cell("keptSession", "seeBoth", "/tour/2"),
      jwt: cell("keptJwt", "seeBoth", "/tour/2"),
    },
    {
      key: "cost",
      session: (
        <>
          {measuredCost(t, cost.session, "session")}.{" "}
          <Proof href="/tour/3">{t("proof.watchOne")}</Proof>
        </>
      ),
      jwt: (
        <>
          {measuredCost(t, cost.jwt, "jwt")}. <Proof href="/tour/3">{t("proof.watchOne")}</Proof>
        </>
      ),
    },
    {
      key: "logout",
      session: cell("logoutSession", "replay", "/compare"),
      jwt: cell("logoutJwt", "replay", "/compare"),
    },
    {
      key: "scale",
      session: cell("scaleSession", "how", "/learn/scaling-out"),
      jwt: cell("scaleJwt", "how", "/learn/keys-and-jwks"),
    },
    {
      key: "attacks",
      session: cell("attacksSession", "tryIt", "/threats/csrf"),
      jwt: cell("attacksJwt", "tryIt", "/jwt/bearer"),
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
          <th scope="col" className="px-2 text-base">
            {areas("session")}
          </th>
          <th scope="col" className="px-2 text-base">
            {areas("jwt")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-200 align-top">
            <th scope="row" className="break-words py-2 pr-2 font-semibold">
              {t(`rows.${row.key}`)}
            </th>
            <td className="px-2 py-2">{row.session}</td>
            <td className="px-2 py-2">{row.jwt}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
