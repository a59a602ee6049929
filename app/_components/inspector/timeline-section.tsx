"use client";

import type { Trace } from "@/lib/inspect/trace";
import { useTranslations } from "next-intl";
import { Term } from "@/app/_components/term";
import { formatMicros } from "./format";
import { ReasonWords, useReasonText } from "./reason-words";
import { AUTH_AREAS, type AuthArea } from "@/config/types";

const STEP_TERMS: Record<Trace["checks"][number]["step"], string> = {
  unseal_cookie: "seal",
  store_lookup: "store-lookup",
  proxy_result: "handoff",
  cookie_cache: "cookie-cache",
  verify_signature: "signature",
  verify_dpop_proof: "dpop-proof",
  revocation_check: "denylist",
};

const CRYPTO = new Set(["unseal_cookie", "verify_signature", "verify_dpop_proof"]);

function tally(traces: Trace[], area: AuthArea) {
  const mine = traces.filter((t) => t.area === area);
  const checks = mine.flatMap((t) => t.checks);
  return {
    requests: mine.length,
    queries: mine.reduce((sum, t) => sum + t.dbQueries, 0),
    cryptoMicros: checks.filter((c) => CRYPTO.has(c.step)).reduce((sum, c) => sum + c.micros, 0),
    // Each request the session's cookie cache answered is a lookup it did not make.
    saved: checks.filter((c) => c.step === "cookie_cache" && c.ok).length,
  };
}

/** This browser's requests, newest first, each expandable to the checks that ran. */
export function TimelineSection({ traces }: { traces: Trace[] }) {
  const totals = AUTH_AREAS.map((area) => ({ area, ...tally(traces, area) }));
  const t = useTranslations("inspector.timeline");
  const say = useTranslations();
  const areaName = useTranslations("areas");
  const answeredBy = useTranslations("topology");
  const reasonText = useReasonText();
  return (
    <div className="space-y-2 text-xs">
      <p data-testid="tally">
        {totals.map((total) => (
          <span key={total.area} className="mr-3">
            <strong>{areaName(total.area)}</strong>:{" "}
            {t("tally", {
              requests: total.requests,
              queries: total.queries,
              micros: formatMicros(total.cryptoMicros),
            })}
            {total.saved > 0 && <> · {t("savedByCache", { count: total.saved })}</>}
          </span>
        ))}
      </p>
      <ol aria-label={t("requests")} className="space-y-1">
        {traces.length === 0 && <li>{t("empty")}</li>}
        {traces.map((trace) => (
          <li key={trace.id} data-testid="trace">
            <details>
              <summary className="cursor-pointer">
                <code>
                  {trace.method} {trace.path}
                </code>{" "}
                → {trace.status ?? "…"} · {t("queries", { count: trace.dbQueries })} ·{" "}
                {trace.totalMicros === null ? "…" : formatMicros(trace.totalMicros)}
                {trace.decision && !trace.decision.ok && (
                  <>
                    {" "}
                    ·{" "}
                    <strong>
                      <ReasonWords code={trace.decision.reason} />
                    </strong>
                  </>
                )}
              </summary>
              <div className="ml-4 mt-1 space-y-1">
                <p data-testid="answered-by">
                  {answeredBy("answeredBy")} <code translate="no">{trace.instance}</code>
                </p>
                <p>
                  {t("credential")}{" "}
                  {say(`diagrams.trace.credential.${trace.credential.kind}`, {
                    bytes: trace.credential.bytes,
                  })}
                </p>
                <ul aria-label={t("checks")}>
                  {trace.checks.map((check, i) => (
                    <li key={i}>
                      <Term id={check.where}>{check.where}</Term>:{" "}
                      <Term id={STEP_TERMS[check.step]}>{t(`steps.${check.step}`)}</Term>
                      {check.cached ? (
                        <>
                          {" "}
                          (<Term id="memo">{t("cached")}</Term>)
                        </>
                      ) : (
                        ""
                      )}{" "}
                      — {formatMicros(check.micros)}, {t("queries", { count: check.queries })} →{" "}
                      <ReasonWords code={check.reason} />
                    </li>
                  ))}
                  {trace.checks.length === 0 && <li>{t("noCheck")}</li>}
                </ul>
                {trace.decision && (
                  <p>
                    {t("decision", {
                      ok: String(trace.decision.ok),
                      reason: reasonText(trace.decision.reason),
                    })}
                  </p>
                )}
              </div>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
