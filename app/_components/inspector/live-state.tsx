"use client";
// Client component: what this browser holds and the server keeps, live, outside the inspector.

import type { AuthArea } from "@/config/types";
import { ServerSection } from "./server-section";
import { useSharedInspector } from "./shared-inspector";
import { TokenSection } from "./token-section";
import { useTranslations } from "next-intl";

/** One area's "server keeps" and "credential" sections, for evidence beside an explanation. */
export function LiveState({
  area,
  show = "both",
}: {
  area: AuthArea;
  show?: "both" | "credential";
}) {
  const { state } = useSharedInspector();
  const t = useTranslations("inspector");
  if (state === null) return <p className="text-xs">{t("liveLoading")}</p>;
  return (
    <div className="space-y-2" data-testid={`live-state-${area}`}>
      {show === "both" && <ServerSection state={state} area={area} />}
      <TokenSection state={state} area={area} />
    </div>
  );
}
