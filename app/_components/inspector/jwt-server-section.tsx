"use client";
// Part of the live inspector panel (a client component: it re-renders on every poll).

import { useLocale, useTranslations } from "next-intl";
import type { InspectorState } from "@/lib/inspect/state";
import { RICH } from "@/app/_components/rich";
import { Term } from "@/app/_components/term";
import { formatSpan } from "./format";
import { ReasonWords } from "./reason-words";

/** What the server keeps for the JWT area: no per-request record, a refresh family, keys. */
export function JwtServerSection({ state }: { state: InspectorState }) {
  const { server, token } = state.jwt;
  const { settings, family, role, keys, denylistSize } = server;
  const t = useTranslations("inspector.jwtServer");
  const locale = useLocale();
  return (
    <div className="space-y-2 text-xs" data-testid="server-keeps">
      <p>
        <strong>{t(`perRequest.${settings.revocation}`)}</strong>{" "}
        {t("lifetime", {
          lifetime: formatSpan(settings.accessTtlSeconds * 1000, 0, locale),
          algorithm: settings.algorithm,
          encrypted: String(settings.encrypted),
        })}{" "}
        {t(settings.algorithm === "HS256" ? "symmetric" : "asymmetric", {
          algorithm: settings.algorithm,
        })}
      </p>
      {family === null ? (
        <p>{t("noFamily")}</p>
      ) : (
        <div data-testid="refresh-family">
          <p>
            {t.rich("family", {
              refreshFamily: (chunks) => <Term id="refresh-family">{chunks}</Term>,
              id: family.id.slice(0, 8),
              code: (chunks) => <code>{chunks}</code>,
            })}
            {family.revokedReason !== null && (
              <>
                {" "}
                —{" "}
                <strong>
                  {t("revoked")} (<ReasonWords code={family.revokedReason} />)
                </strong>
              </>
            )}
            {t("familyUse")}
          </p>
          <ol className="ml-4 list-decimal">
            {family.generations.map((g) => (
              <li key={g.generation}>
                {t("generation", { number: g.generation, state: g.state })}
              </li>
            ))}
          </ol>
        </div>
      )}
      {role !== null && role.live !== null && role.live !== role.claimed && (
        <p data-testid="stale-role" className="text-amber-800">
          {t.rich("stale", {
            ...RICH,
            b: (chunks) => <strong>{chunks}</strong>,
            claimed: role.claimed,
            live: role.live,
          })}
        </p>
      )}
      {token !== null && token.segmentCount === 5 && <p>{t("jwe")}</p>}
      <p>
        {t("denylist", { count: denylistSize })}{" "}
        {t.rich("keys", { kid: (chunks) => <Term id="kid">{chunks}</Term> })}{" "}
        {keys.map((k, i) => (
          <span key={k.kid}>
            {i > 0 && ", "}
            <code>{k.kid.slice(0, 6)}</code> {k.alg} ({t("keyStatus", { status: k.status })})
          </span>
        ))}
        .
      </p>
      <p className="text-slate-500">{t("comparison", { rows: state.session.store.rows })}</p>
    </div>
  );
}
