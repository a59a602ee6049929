"use client";
// Client component: redraws as this browser's traces arrive, and lets the reader pick a request.

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SequenceDiagram } from "@/app/_components/sequence-diagram";
import { traceToSequence } from "@/lib/inspect/sequence";
import type { Trace } from "@/lib/inspect/trace";
import type { AuthArea } from "@/config/types";
import { useSharedInspector } from "./shared-inspector";

/** One of this browser's real requests as a sequence diagram, drawn from its trace. */
export function SequenceSection({ traces, area }: { traces: Trace[]; area?: AuthArea }) {
  const mine = traces.filter((t) => area === undefined || t.area === area).slice(0, 15);
  const [chosen, setChosen] = useState<string | null>(null);
  const t = useTranslations("inspector.sequenceUi");
  const trace = mine.find((t) => t.id === chosen) ?? mine[0];
  if (trace === undefined) {
    return <p className="text-sm">{t("none")}</p>;
  }
  return (
    <div className="space-y-2 text-xs" data-testid="live-sequence" data-trace-id={trace.id}>
      <label className="flex items-center gap-2">
        {t("request")}
        <select
          value={trace.id}
          onChange={(event) => setChosen(event.target.value)}
          className="min-w-0 flex-1 rounded border border-slate-300 px-1 py-0.5"
        >
          {mine.map((t) => (
            <option key={t.id} value={t.id}>
              {t.method} {t.path} → {t.status ?? "…"}
            </option>
          ))}
        </select>
      </label>
      <SequenceDiagram sequence={traceToSequence(trace)} id={`live-${area ?? "any"}`} />
      <p className="text-slate-600">{t("explain")}</p>
    </div>
  );
}

/** The same diagram outside the inspector (the learn pages' "see it live"). */
export function LiveSequence({ area }: { area?: AuthArea }) {
  const { traces } = useSharedInspector();
  return <SequenceSection traces={traces} area={area} />;
}
