import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/app/_components/ui";
import type { BenchResults } from "@/lib/bench/results";
import { HttpTable, MicroTable, RatioBars, TokenSizes } from "./charts";

type Http = NonNullable<BenchResults["http"]>;
type Micro = NonNullable<BenchResults["micro"]>;

/** The requests per second of each path, against the bare app, with how they were measured. */
export function HttpCard({ http }: { http: Http }): ReactNode {
  const t = useTranslations("bench.http");
  const spread = useTranslations("benchSpread");
  const { settings } = http;
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-700">
        {t("settings", {
          connections: settings.connections,
          rounds: settings.rounds,
          seconds: settings.seconds,
          next: http.next,
          node: http.node,
          cpus: http.machine.cpus,
          sessions: settings.sessions,
          date: http.date.slice(0, 10),
        })}
      </p>
      {http.paths.some((p) => p.ratioMin !== undefined) && (
        <p className="mb-3 text-sm text-slate-700">{spread("spread")}</p>
      )}
      <RatioBars paths={http.paths} />
      <HttpTable paths={http.paths} />
    </Card>
  );
}

/** Each check timed in process beside the primitive it is built on, and what else it costs. */
export function MicroCard({ micro }: { micro: Micro }): ReactNode {
  const t = useTranslations("bench.micro");
  const caption = (name: string): string => t(`captions.${name}`);
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-700">
        {t("intro", { n: micro.n, node: micro.node, ...micro.floors })}
      </p>
      <div className="space-y-4">
        <MicroTable rows={micro.checks} caption={caption("checks")} />
        {micro.peers && <MicroTable rows={micro.peers} caption={caption("peers")} />}
        {micro.dpop && <MicroTable rows={micro.dpop} caption={caption("dpop")} />}
        {micro.scaling && <MicroTable rows={micro.scaling} caption={caption("scaling")} />}
        <MicroTable rows={micro.stores} caption={caption("stores")} />
        {micro.storeBytes && (
          <p className="text-sm">
            {t("storeBytes", {
              sqlite: micro.storeBytes.sqlitePerSession,
              redis: micro.storeBytes.redisPerSession,
            })}
          </p>
        )}
        <MicroTable rows={micro.jwt} caption={caption("jwt")} />
        <MicroTable rows={micro.cookieCache} caption={caption("cookieCache")} />
        {micro.tokenSizes && (
          <TokenSizes sizes={micro.tokenSizes} cookieBytes={micro.sessionCookieBytes ?? null} />
        )}
      </div>
    </Card>
  );
}
