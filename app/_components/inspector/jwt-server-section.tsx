"use client";
// Part of the live inspector panel (a client component: it re-renders on every poll).

import { useTranslations } from "next-intl";
import type { InspectorState } from "@/lib/inspect/state";
import { ClaimLink } from "@/app/_components/claim-text";

/** What the server keeps for the JWT area: no per-request record, a refresh family, keys. */
export function JwtServerSection({ state }: { state: InspectorState }) {
  const { server, token } = state.jwt;
  const { settings, family, role, keys, denylistSize } = server;
  const t = useTranslations("inspector.jwtServer");
  return (
    <div className="space-y-2 text-xs" data-testid="server-keeps">
      <p>
        <strong>{t(`perRequest.${settings.revocation}`)}</strong> Access tokens live{" "}
        {settings.accessTtlSeconds} s, signed with {settings.algorithm}
        {settings.encrypted ? ", then encrypted (JWE)" : ""}.{" "}
        {settings.algorithm === "HS256"
          ? "HS256 is symmetric: the signing secret also verifies, so only this server can check a token."
          : `${settings.algorithm} is asymmetric: anyone holding the public JWKS can check a token, only this server can sign one.`}
      </p>
      {family === null ? (
        <p>{t("noFamily")}</p>
      ) : (
        <div data-testid="refresh-family">
          <p>
            Refresh family <code>{family.id.slice(0, 8)}</code>
            {family.revokedReason !== null && (
              <>
                {" "}
                — <strong>revoked ({family.revokedReason})</strong>
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
          Stale claim (<ClaimLink id="C27" />
          ): the token says <strong>{role.claimed}</strong>, the database now says{" "}
          <strong>{role.live}</strong>. The token keeps its role until the next refresh.
        </p>
      )}
      {token !== null && token.segmentCount === 5 && (
        <p>
          This token is a JWE: the panel cannot read its payload; only the server can decrypt it.
        </p>
      )}
      <p>
        Deny-list: {denylistSize} entr{denylistSize === 1 ? "y" : "ies"}. Keys:{" "}
        {keys.map((k) => `${k.kid.slice(0, 6)} ${k.alg} (${k.status})`).join(", ")}.
      </p>
      <p className="text-slate-500">
        (For comparison, the session store holds {state.session.store.rows} rows.)
      </p>
    </div>
  );
}
