import Link from "next/link";
import { formatMicros } from "@/app/_components/inspector/format";
import { Term } from "@/app/_components/term";
import { costSummary, MIN_SAMPLES, type AreaCost } from "@/lib/inspect/summary";
import { AUTH_AREAS } from "@/config/types";

const micros = (value: number | null) => (value === null ? "—" : formatMicros(value));

/**
 * What an authenticated request costs on this server, measured from every browser's recent
 * traced requests (aggregated: no request of anyone's is shown). Server-rendered per view.
 */
export function CostFigures() {
  const summary = costSummary();
  const rows: [key: string, label: string, (cost: AreaCost) => string][] = [
    ["requests", "authenticated requests measured", (c) => String(c.requests)],
    ["total", "median time of a whole request", (c) => micros(c.medianTotalMicros)],
    ["auth", "median time of its auth checks", (c) => micros(c.medianAuthMicros)],
    [
      "queries",
      "database queries per request",
      (c) => (c.queriesPerRequest === null ? "—" : c.queriesPerRequest.toFixed(2)),
    ],
    ["first", "crypto, first sight of a credential", (c) => micros(c.medianFirstCryptoMicros)],
    ["memo", "crypto, the same credential again (memo)", (c) => micros(c.medianMemoCryptoMicros)],
  ];
  return (
    <div className="space-y-2">
      <table className="w-full text-left text-sm" aria-label="Measured cost per request">
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="font-normal">
              On this server, now
            </th>
            <th scope="col">Session</th>
            <th scope="col">Sealed cookie</th>
            <th scope="col">JWT</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, value]) => (
            <tr key={key} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-2 font-normal">
                {label}
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
        Medians over the last 500 authenticated requests of all visitors&apos; browsers, from the
        same traces the inspector shows you (only numbers are aggregated; “—” until {MIN_SAMPLES}{" "}
        requests). A <Term id="query">query</Term> is the{" "}
        <Term id="store-lookup">store lookup</Term>; the session has no crypto at all (“—”: its
        cookie is a random token); the <Term id="memo">memo</Term> is why the second unseal or
        signature check is cheap. Make some requests on{" "}
        <Link href="/compare" className="underline" prefetch={false}>
          Compare
        </Link>{" "}
        and reload.
      </p>
    </div>
  );
}
