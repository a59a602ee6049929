"use client";
// Part of the live inspector panel (a client component: it re-renders on every poll).

import { useLocale, useTranslations } from "next-intl";
import type { InspectorState } from "@/lib/inspect/state";
import { Term } from "@/app/_components/term";
import { claimMoment, formatBytes, formatExpiry } from "./format";
import { Moment } from "./moment";
import { useReasonText } from "./reason-words";
import { useJudgedNow } from "./use-inspector";

/**
 * The sealed cookie itself: opaque bytes to everyone but this server (size, fingerprint, the
 * password id and expiry iron-session leaves in the clear), then what is inside once unsealed.
 */
export function SealSection({ state }: { state: InspectorState }) {
  const now = useJudgedNow(state);
  const t = useTranslations("inspector.seal");
  const locale = useLocale();
  const reasonText = useReasonText();
  const { seal } = state.cookie;
  if (seal === null) return <p className="text-xs">{t("none")}</p>;
  return (
    <div className="space-y-2 text-xs" data-testid="seal-view">
      <p>
        {t.rich("opaque", {
          seal: (chunks) => <Term id="seal">{chunks}</Term>,
          fingerprint: (chunks) => <Term id="fingerprint">{chunks}</Term>,
          size: formatBytes(seal.bytes),
          fp: seal.fingerprint,
          id: seal.passwordId ?? "?",
        })}{" "}
        {seal.verified ? (
          t("unseals")
        ) : (
          <strong>{t("refused", { reason: reasonText(seal.reason) })}</strong>
        )}
        {seal.expiresAt !== null &&
          t("expires", { when: formatExpiry(seal.expiresAt, now, locale) })}
      </p>
      {seal.data !== null && (
        <table className="w-full text-left" aria-label={t("insideLabel")}>
          <caption className="text-left text-slate-600">{t("inside")}</caption>
          <tbody className="bg-amber-50">
            {Object.entries(seal.data).map(([field, value]) => (
              <tr key={field}>
                <th scope="row" className="pr-2 font-mono font-normal">
                  {field}
                </th>
                <td className="break-all">
                  {JSON.stringify(value)}
                  <Moment at={claimMoment(field, value)} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
