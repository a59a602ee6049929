"use client";

import { useLocale, useTranslations } from "next-intl";
import type { InspectorState } from "@/lib/inspect/state";
import { formatAgo, formatBytes, formatCountdown, formatMoment } from "./format";
import { ReasonWords } from "./reason-words";
import { SealedServerSection } from "./sealed-server-section";
import { JwtServerSection } from "./jwt-server-section";
import { Term } from "@/app/_components/term";
import { useJudgedNow } from "./use-inspector";
import type { AuthArea } from "@/config/types";

/** What the server keeps: the session record, nothing (sealed cookie), or the JWT's few records. */
export function ServerSection({ state, area }: { state: InspectorState; area: AuthArea }) {
  const now = useJudgedNow(state);
  const t = useTranslations("inspector.server");
  const locale = useLocale();
  if (area === "jwt") return <JwtServerSection state={state} />;
  if (area === "sealed") return <SealedServerSection state={state} />;
  const { record, reason, store } = state.session;
  return (
    <div className="space-y-2 text-xs" data-testid="server-keeps">
      {record === null ? (
        <p>
          {t("noRecord")}: <ReasonWords code={reason} />.
        </p>
      ) : (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-3" aria-label={t("recordLabel")}>
          <dt className="text-slate-500">{t("id")}</dt>
          <dd>
            <code>{record.idPrefix}…</code>
          </dd>
          <dt className="text-slate-500">{t("user")}</dt>
          <dd>
            {record.user.username} ({record.user.role})
          </dd>
          <dt className="text-slate-500">{t("created")}</dt>
          <dd>{formatMoment(record.createdAt, now, locale)}</dd>
          <dt className="text-slate-500">{t("lastSeen")}</dt>
          <dd>{formatMoment(record.lastSeenAt, now, locale)}</dd>
          <dt className="text-slate-500">{t("idleExpiry")}</dt>
          <dd>{formatMoment(record.idleExpiresAt, now, locale)}</dd>
          <dt className="text-slate-500">{t("absoluteExpiry")}</dt>
          <dd>{formatMoment(record.expiresAt, now, locale)}</dd>
          <dt className="text-slate-500">{t("device")}</dt>
          <dd className="break-all">
            {record.userAgent === null ? (
              t("unknown")
            ) : (
              <code translate="no">{record.userAgent}</code>
            )}
          </dd>
          <dt className="text-slate-500">
            <Term id="step-up">{t("stepUp")}</Term>
          </dt>
          <dd data-testid="inspector-step-up">
            <StepUpLine authTime={record.createdAt} now={now} maxAge={state.stepUpMaxAgeSeconds} />
          </dd>
        </dl>
      )}
      {state.cookie.options.cookieCacheSeconds > 0 && (
        <p data-testid="cookie-cache-on" className="text-amber-800">
          {t.rich("cookieCache", {
            cookieCache: (chunks) => <Term id="cookie-cache">{chunks}</Term>,
            seconds: state.cookie.options.cookieCacheSeconds,
          })}
        </p>
      )}
      <p data-testid="store-totals">
        {t.rich("totals", {
          b: (chunks) => <strong>{chunks}</strong>,
          kind: store.kind,
          rows: store.rows,
          size: `${formatBytes(store.dataBytes)} ${
            store.diskBytes === null
              ? t("inRam")
              : t("onDisk", { disk: formatBytes(store.diskBytes) })
          }`,
        })}{" "}
        {t(`notes.${store.kind}`)}
      </p>
    </div>
  );
}

/** How old the password behind this login is, against the step-up age (sensitive actions). */
export function StepUpLine({
  authTime,
  now,
  maxAge,
}: {
  authTime: number | null;
  now: number;
  maxAge: number;
}) {
  const t = useTranslations("inspector.server");
  const locale = useLocale();
  if (authTime === null) return <>{t("stepUpUnknown")}</>;
  const fresh = now - authTime <= maxAge * 1000;
  return (
    <>
      {t(fresh ? "stepUpFresh" : "stepUpStale", {
        ago: formatAgo(authTime, now, locale),
        until: formatCountdown(authTime + maxAge * 1000, now, locale),
        minutes: Math.round(maxAge / 60),
      })}
    </>
  );
}
