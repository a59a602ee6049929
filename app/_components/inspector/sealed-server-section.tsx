"use client";
// Part of the live inspector panel (a client component: it re-renders on every poll).

import { useTranslations } from "next-intl";
import type { InspectorState } from "@/lib/inspect/state";
import { ClaimLink } from "@/app/_components/claim-text";
import { Term } from "@/app/_components/term";

/** What the server keeps for the sealed-cookie area: nothing per login, only its passwords. */
export function SealedServerSection({ state }: { state: InspectorState }) {
  const { seal, options } = state.cookie;
  const t = useTranslations("inspector.cookieServer");
  return (
    <div className="space-y-2 text-xs" data-testid="server-keeps">
      <p>
        {t.rich("nothing", {
          b: (chunks) => <strong>{chunks}</strong>,
          statelessSession: (chunks) => <Term id="stateless-session">{chunks}</Term>,
        })}
      </p>
      <p data-testid="seal-passwords">
        {t.rich("passwords", {
          seal: (chunks) => <Term id="seal">{chunks}</Term>,
          ids: options.passwordIds.join(", "),
          current: options.currentPasswordId,
          ttl: options.ttlSeconds,
          maxAge: options.cookieMaxAgeSeconds,
        })}
      </p>
      {seal?.role && seal.role.live !== null && seal.role.live !== seal.role.sealed && (
        <p data-testid="stale-role" className="text-amber-800">
          {t.rich("stale", {
            b: (chunks) => <strong>{chunks}</strong>,
            sealed: seal.role.sealed,
            live: seal.role.live,
          })}{" "}
          (<ClaimLink id="C41" />)
        </p>
      )}
      <p className="text-slate-500">{t("comparison", { rows: state.session.store.rows })}</p>
    </div>
  );
}
