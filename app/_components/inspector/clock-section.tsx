"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { InspectorState } from "@/lib/inspect/state";
import { formatSpan } from "./format";

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;
const STEPS: Array<{ unit: "minutes" | "days"; count: number; seconds: number }> = [
  { unit: "minutes", count: 5, seconds: 5 * MINUTE },
  { unit: "minutes", count: 31, seconds: 31 * MINUTE },
  { unit: "days", count: 1, seconds: DAY },
  { unit: "days", count: 8, seconds: 8 * DAY },
];

const button = "rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 disabled:opacity-50";

/**
 * The fast-forward clock: judge this browser's credentials later than now, to watch idle and
 * absolute session expiry and a JWT's exp happen without waiting (C10, C20).
 */
export function ClockSection({ state, onChange }: { state: InspectorState; onChange: () => void }) {
  const router = useRouter();
  const t = useTranslations("inspector.clock");
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  if (!state.clock.enabled) return <p className="text-xs">{t("off")}</p>;
  const send = async (url: string, body?: unknown) => {
    setBusy(true);
    try {
      await fetch(url, {
        method: "POST",
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      onChange();
      router.refresh();
    } finally {
      setBusy(false);
    }
  };
  const offset = state.clock.offsetSeconds;
  return (
    <div className="space-y-2 text-xs">
      <p data-testid="clock-offset">
        {offset === 0
          ? t("real")
          : t("judged", {
              later: formatSpan(state.now + offset * 1000, state.now, locale),
            })}{" "}
        {t("note")}
      </p>
      <div className="flex flex-wrap gap-1" role="group" aria-label={t("group")}>
        {STEPS.map(({ unit, count, seconds }) => (
          <button
            key={seconds}
            type="button"
            disabled={busy}
            className={button}
            onClick={() => void send("/api/clock", { advanceSeconds: seconds })}
          >
            {t(`forward.${unit}`, { count })}
          </button>
        ))}
        <button
          type="button"
          disabled={busy || offset === 0}
          className={button}
          onClick={() => void send("/api/clock/reset")}
        >
          {t("reset")}
        </button>
      </div>
    </div>
  );
}
