import type { Metadata } from "next";
import { Card, HowItWorks, Notice } from "@/app/_components/ui";
import { readBenchResults, RESULTS_FILE, type BenchResults } from "@/lib/bench/results";
import { HttpTable, MicroTable, RatioBars, TokenSizes } from "./charts";
import { DocsLink } from "@/app/_components/docs-link";

export const metadata: Metadata = { title: "Benchmark" };
export const dynamic = "force-dynamic"; // the file changes when the benchmark runs again

function pick(results: BenchResults, id: string): number | null {
  return results.http?.paths.find((p) => p.id === id)?.reqPerSec ?? null;
}

/** What the figures say, in a learner's words, from the figures themselves. */
function Reading({ results }: { results: BenchResults }) {
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
        The debate says a session costs a database trip on every request and a JWT costs nothing.
        Measured here:{" "}
        {session !== null && jwt !== null ? (
          <>
            a session check is <strong>{session} µs</strong> (one SHA-256 and one indexed SQLite
            read) and a first-seen JWT check <strong>{jwt} µs</strong> (an Ed25519 signature);
            either is a few hundredths of a millisecond.
          </>
        ) : (
          "run the micro-benchmarks to see the checks' own cost."
        )}
      </p>
      {bare !== null && sessionRps !== null && jwtRps !== null && (
        <p>
          Over HTTP the bare Next.js route with a pass-through proxy answers{" "}
          <strong>{bare} req/s</strong>; the lab answers <strong>{sessionRps}</strong> with a
          session cookie and <strong>{jwtRps}</strong> with a JWT. The gap between the two
          mechanisms is small next to the gap between any of them and the bare route: what a request
          costs is mostly the framework and the app&apos;s own per-request work, not the mechanism.
        </p>
      )}
    </div>
  );
}

export default async function BenchPage() {
  const results = await readBenchResults();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">What each check costs, measured</h1>
      {results === null ? (
        <Notice tone="warning">
          No results yet: run <code>npm run bench</code> (it writes <code>{RESULTS_FILE}</code>).
        </Notice>
      ) : (
        <>
          <Card title="Reading the figures">
            <Reading results={results} />
          </Card>
          {results.http && (
            <Card title="Over HTTP: requests per second against a bare Next.js app">
              <p className="mb-3 text-sm text-slate-700">
                autocannon, {results.http.settings.connections} connections,{" "}
                {results.http.settings.rounds} interleaved rounds of {results.http.settings.seconds}{" "}
                s, medians; Next.js {results.http.next}, Node {results.http.node},{" "}
                {results.http.machine.cpus} cores;{" "}
                {results.http.settings.sessions.toLocaleString("en")} sessions in the table;{" "}
                {results.http.date.slice(0, 10)}.
              </p>
              <RatioBars paths={results.http.paths} />
              <HttpTable paths={results.http.paths} />
            </Card>
          )}
          {results.micro && (
            <Card title="In process: each check beside its floor">
              <p className="mb-3 text-sm text-slate-700">
                {results.micro.n} distinct credentials per row, Node {results.micro.node}. First
                sight against the raw primitive: session {results.micro.floors.session}×, sealed
                cookie {results.micro.floors.sealed}×, JWT {results.micro.floors.jwt}×.
              </p>
              <div className="space-y-4">
                <MicroTable rows={results.micro.checks} caption="The checks" />
                {results.micro.peers && (
                  <MicroTable
                    rows={results.micro.peers}
                    caption="Against what users pick instead: Auth.js v5's JWT session"
                  />
                )}
                {results.micro.dpop && (
                  <MicroTable
                    rows={results.micro.dpop}
                    caption="DPoP: the proof's check beside the token's"
                  />
                )}
                {results.micro.scaling && (
                  <MicroTable
                    rows={results.micro.scaling}
                    caption="The session lookup as the table grows"
                  />
                )}
                <MicroTable rows={results.micro.stores} caption="Per session store" />
                {results.micro.storeBytes && (
                  <p className="text-sm">
                    What one session costs to keep: SQLite{" "}
                    {results.micro.storeBytes.sqlitePerSession} bytes (table and indexes, on disk),
                    Redis {results.micro.storeBytes.redisPerSession} bytes (its hash in memory).
                  </p>
                )}
                <MicroTable
                  rows={results.micro.jwt}
                  caption="JWT per algorithm and revocation strategy"
                />
                <MicroTable rows={results.micro.cookieCache} caption="The session's cookie cache" />
                {results.micro.tokenSizes && (
                  <TokenSizes
                    sizes={results.micro.tokenSizes}
                    cookieBytes={results.micro.sessionCookieBytes ?? null}
                  />
                )}
              </div>
            </Card>
          )}
        </>
      )}
      <HowItWorks>
        <p>
          <code>npm run bench</code> builds a bare Next.js app of the same version from{" "}
          <code>bench/bare/</code> (once as is, once with a pass-through <code>proxy.ts</code> using
          the lab&apos;s matcher), starts them and the lab&apos;s production build on a throw-away
          data directory filled with users and sessions, and loads each path in turn, round after
          round, so that the machine&apos;s noise falls on all of them alike. Then it times each
          check in process against the primitive it is built on. Ratios from one run are what to
          compare; absolute figures depend on the machine.
        </p>
      </HowItWorks>
      <DocsLink page="stores-and-performance" />
    </div>
  );
}
