"use client";
// Client component: the live state beside the steps (the inspector's sections, per area).

import { ClockSection } from "@/app/_components/inspector/clock-section";
import { ServerSection } from "@/app/_components/inspector/server-section";
import { TimelineSection } from "@/app/_components/inspector/timeline-section";
import { TokenSection } from "@/app/_components/inspector/token-section";
import type { InspectorState } from "@/lib/inspect/state";
import type { Trace } from "@/lib/inspect/trace";
import { useTranslations } from "next-intl";
import { AREAS, type PerArea } from "./step";

/** The clock and both areas' state, kept in view (sticky) while the steps run on the left. */
export function StatePane({
  users,
  state,
  traces,
  refresh,
}: {
  users: PerArea<string | null>;
  state: InspectorState | null;
  traces: Trace[];
  refresh: () => void;
}) {
  const t = useTranslations("compare");
  return (
    <div className="space-y-4 lg:order-2">
      <div className="space-y-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
        <section
          aria-label={t("state.clock")}
          className="space-y-1 rounded-lg border border-slate-200 bg-white p-3"
        >
          <h2 className="text-sm font-semibold">{t("state.clock")}</h2>
          {state && <ClockSection state={state} onChange={refresh} />}
        </section>
        <div className="grid gap-4 xl:grid-cols-2">
          {AREAS.map((area) => (
            <section
              key={area}
              aria-label={t("state.column", { area: t(`areas.${area}`) })}
              className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-3"
            >
              <h2 className="text-lg font-semibold">{t(`areas.${area}`)}</h2>
              <p className="text-sm" data-testid={`${area}-who`}>
                {users[area]
                  ? t.rich("state.loggedInAs", {
                      who: users[area],
                      // A name is the user's own, in whatever language: never translated.
                      b: (chunks) => <strong translate="no">{chunks}</strong>,
                    })
                  : t("state.notLoggedIn")}
              </p>
              {state && (
                <>
                  <ServerSection state={state} area={area} />
                  <TokenSection state={state} area={area} />
                </>
              )}
              <details>
                <summary className="cursor-pointer text-sm font-semibold">
                  {t("state.requests")}
                </summary>
                <TimelineSection traces={traces.filter((t) => t.area === area)} />
              </details>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
