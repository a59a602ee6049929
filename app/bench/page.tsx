import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RICH } from "@/app/_components/rich";
import { Card, HowItWorks, Notice } from "@/app/_components/ui";
import { readBenchResults, RESULTS_FILE, type BenchResults } from "@/lib/bench/results";
import { HttpCard, MicroCard } from "./cards";
import { DocsLink } from "@/app/_components/docs-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bench"))("metaTitle") };
}
export const dynamic = "force-dynamic"; // the file changes when the benchmark runs again

const BENCH_COMMAND = "npm run bench";

function pick(results: BenchResults, id: string): number | null {
  return results.http?.paths.find((p) => p.id === id)?.reqPerSec ?? null;
}

/** What the figures say, in a learner's words, from the figures themselves. */
async function Reading({ results }: { results: BenchResults }): Promise<ReactNode> {
  const t = await getTranslations("bench.reading");
  const check = (prefix: string) =>
    results.micro?.checks.find((r) => r.label.startsWith(prefix))?.medianMicros ?? null;
  const session = check("session: the check, first sight");
  const jwt = check("jwt: verify, first sight");
  const bare = pick(results, "bare-proxy");
  const sessionRps = pick(results, "session");
  const jwtRps = pick(results, "jwt-cookie");
  return (
    <div className="space-y-2 text-sm leading-6" data-testid="bench-reading">
      <p>
        {t("debate")}{" "}
        {session !== null && jwt !== null
          ? t.rich("measured", { ...RICH, sessionMicros: session, jwtMicros: jwt })
          : t("missing")}
      </p>
      {bare !== null && sessionRps !== null && jwtRps !== null && (
        <p>{t.rich("http", { ...RICH, bare, sessionRps, jwtRps })}</p>
      )}
      <p className="text-slate-600">{t("legend")}</p>
    </div>
  );
}

export default async function BenchPage(): Promise<ReactNode> {
  const t = await getTranslations("bench");
  const results = await readBenchResults();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {results === null ? (
        <Notice tone="warning">
          {t.rich("noResults", { ...RICH, command: BENCH_COMMAND, file: RESULTS_FILE })}
        </Notice>
      ) : (
        <>
          <Card title={t("reading.title")}>
            <Reading results={results} />
          </Card>
          {results.http && <HttpCard http={results.http} />}
          {results.micro && <MicroCard micro={results.micro} />}
        </>
      )}
      <HowItWorks>
        <p>{t.rich("howItWorks", { ...RICH, command: BENCH_COMMAND })}</p>
      </HowItWorks>
      <DocsLink page="stores-and-performance" />
    </div>
  );
}
