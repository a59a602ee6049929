"use client";
// Client component: the inspector updates live (SSE) without reloading the page.

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { ClockSection } from "./clock-section";
import { SequenceSection } from "./sequence-section";
import { ServerSection } from "./server-section";
import { TimelineSection } from "./timeline-section";
import { TokenSection } from "./token-section";
import { useInspector } from "./use-inspector";
import { WireSection } from "./wire-section";
import type { AuthArea } from "@/config/types";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details open className="border-t border-slate-200 py-2" data-testid="inspector-section">
      <summary className="cursor-pointer text-sm font-semibold">{title}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

const LARGE = "(min-width: 1024px)";
function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(LARGE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/**
 * Open beside the page on large screens; a collapsed bottom sheet on small ones until tapped.
 * Only the reader's own click is a choice: the automatic collapse of a narrow window is not
 * (recording its toggle event as one kept the sheet shut after widening again).
 */
function useSheetOpen(): [boolean, (open: boolean) => void] {
  const large = useSyncExternalStore(
    subscribeToWidth,
    () => window.matchMedia(LARGE).matches,
    () => true,
  );
  const [chosen, setChosen] = useState<boolean | null>(null);
  return [chosen ?? large, setChosen];
}

/**
 * The live inspector: what crosses the wire, what the server keeps, the credential itself and
 * what each request cost. A bottom sheet on small screens, a side column on large ones.
 */
export function InspectorPanel({ area }: { area: AuthArea }) {
  const { state, traces, connection, refresh } = useInspector();
  const t = useTranslations("inspector");
  const latest = traces[0];
  const [open, setOpen] = useSheetOpen();
  return (
    <aside
      aria-label={t("title")}
      className="fixed inset-x-0 bottom-0 z-10 max-h-[70vh] overflow-y-auto border-t border-slate-300 bg-white shadow-lg lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:rounded-lg lg:border lg:shadow-sm"
    >
      <details open={open} className="p-3">
        <summary
          className="cursor-pointer font-semibold"
          onClick={(event) => {
            event.preventDefault(); // the state decides, so a re-render cannot undo the click
            setOpen(!open);
          }}
        >
          {t("title")}{" "}
          <span className="text-xs font-normal text-slate-500">
            ({t(`connection.${connection}`)})
          </span>
        </summary>
        <p className="sr-only" aria-live="polite">
          {latest
            ? t("latest", {
                request: `${latest.method} ${latest.path}`,
                status: latest.status ?? "…",
              })
            : ""}
        </p>
        {state === null ? (
          <p className="text-sm">{t("loading")}</p>
        ) : (
          <div className="mt-2">
            <Section title={t("sections.wire")}>
              <WireSection state={state} latest={latest} />
            </Section>
            <Section title={t("sections.keeps")}>
              <ServerSection state={state} area={area} />
            </Section>
            <Section title={t(`sections.${area}`)}>
              <TokenSection state={state} area={area} />
            </Section>
            <Section title={t("sections.clock")}>
              <ClockSection state={state} onChange={refresh} />
            </Section>
            <Section title={t("sections.timeline")}>
              <TimelineSection traces={traces} />
            </Section>
            <Section title={t("sections.sequence")}>
              <SequenceSection traces={traces} />
            </Section>
          </div>
        )}
      </details>
    </aside>
  );
}
