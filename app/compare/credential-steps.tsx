"use client";
// Client component: steps 1 to 4 of the compare board, each area's outcome shown as it arrives.

import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatCountdown, formatMicros } from "@/app/_components/inspector/format";
import type { CaptureView } from "@/lib/compare/captures";
import { CALLS, type CallSummary } from "./requests";
import { AREAS, Outcome, Step, type PerArea } from "./step";

/** What the server answered when it replayed one area's copy, alone. */
export interface ReplayAnswer {
  status: number;
  body: unknown;
}

interface StepProps {
  busy: boolean;
  onRun: () => void;
}

export function CallApisStep({
  calls,
  busy,
  onRun,
}: StepProps & { calls: PerArea<CallSummary> | null }) {
  const t = useTranslations("compare.calls");
  return (
    <Step
      title={t("title", { calls: CALLS })}
      action={t("action")}
      busy={busy}
      onRun={onRun}
      learn={{ href: "/learn/sessions", tour: 3 }}
    >
      {calls &&
        AREAS.map((area) => (
          <Outcome key={area} area={area}>
            {t("outcome", {
              calls: calls[area].calls,
              statuses: calls[area].statuses,
              queries: calls[area].queriesPerCall.toFixed(1),
              single: calls[area].queriesPerCall === 1 ? "yes" : "no",
              micros: formatMicros(calls[area].authMicrosPerCall),
            })}{" "}
            <span data-testid={`${area}-paid-once`}>
              {!calls[area].crypto
                ? t("noCrypto")
                : calls[area].paidOnce
                  ? t("paidOnce", {
                      micros: formatMicros(calls[area].paidOnce.micros),
                      at: calls[area].paidOnce.at,
                    })
                  : t("paidEarlier")}
            </span>
            ;{" "}
            <span data-testid={`${area}-memo`}>
              {!calls[area].crypto
                ? t("nothingToMemo")
                : calls[area].memoMicrosPerCheck === null
                  ? t("noMemo")
                  : t("memo", { micros: formatMicros(calls[area].memoMicrosPerCheck) })}
            </span>
          </Outcome>
        ))}
      <p className="text-sm text-slate-600">{t("explain")}</p>
    </Step>
  );
}

export function CopyCredentialsStep({
  copies,
  now,
  locale,
  busy,
  onRun,
}: StepProps & { copies: PerArea<CaptureView | null> | null; now: number; locale: string }) {
  const t = useTranslations("compare.copy");
  return (
    <Step
      title={t("title")}
      action={t("action")}
      busy={busy}
      onRun={onRun}
      learn={{ href: "/learn/csrf-xss-https", tour: 4 }}
    >
      {copies &&
        AREAS.map((area) => (
          <Outcome key={area} area={area}>
            {copies[area] ? (
              <>
                {t("copied", { bytes: copies[area].bytes, fingerprint: copies[area].fingerprint })}
                {copies[area].expiresAt
                  ? t("validUntil", {
                      area,
                      when: formatCountdown(copies[area].expiresAt, now, locale),
                    })
                  : ""}
              </>
            ) : (
              t("nothing")
            )}
          </Outcome>
        ))}
      <p className="text-sm text-slate-600">{t("explain")}</p>
    </Step>
  );
}

export function LogOutStep({
  logouts,
  busy,
  onRun,
}: StepProps & { logouts: PerArea<number> | null }) {
  const t = useTranslations("compare.logout");
  return (
    <Step
      title={t("title")}
      action={t("action")}
      busy={busy}
      onRun={onRun}
      learn={{ href: "/learn/sessions", tour: 4 }}
    >
      {logouts &&
        AREAS.map((area) => (
          <Outcome key={area} area={area}>
            {t("answered", { status: logouts[area] })}
          </Outcome>
        ))}
      <p className="text-sm text-slate-600">{t("explain")}</p>
    </Step>
  );
}

export function ReplayCopiesStep({
  replays,
  busy,
  onRun,
}: StepProps & { replays: PerArea<ReplayAnswer | null> | null }) {
  const t = useTranslations("compare.replay");
  return (
    <Step
      title={t("title")}
      action={t("action")}
      busy={busy}
      onRun={onRun}
      learn={{ href: "/learn/refresh-and-revocation", tour: 4 }}
    >
      {replays &&
        AREAS.map((area) => (
          <Outcome key={area} area={area}>
            {replays[area] ? (
              <>
                <span data-testid={`${area}-replay-status`}>{replays[area].status}</span>{" "}
                {replays[area].status === 200 ? t("accepted") : t("refused")}
                <pre className="mt-1 overflow-x-auto text-xs" tabIndex={0} translate="no">
                  {JSON.stringify(replays[area].body, null, 2)}
                </pre>
              </>
            ) : (
              t("none")
            )}
          </Outcome>
        ))}
      <p className="text-sm text-slate-600">{t("explain")}</p>
      <p className="text-sm text-slate-600">
        {t("dpop")}{" "}
        <Link href="/jwt/dpop" className="underline">
          {t("dpopLink")}
        </Link>
        .
      </p>
    </Step>
  );
}
