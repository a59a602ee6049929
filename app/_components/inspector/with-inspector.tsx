import type { ReactNode } from "react";
import { NeedsScript } from "@/app/_components/needs-script";
import { InspectorPanel } from "./inspector-panel";
import type { AuthArea } from "@/config/types";

/** A page with the live inspector beside it (below it, as a bottom sheet, on small screens). */
export function WithInspector({ area, children }: { area: AuthArea; children: ReactNode }) {
  return (
    <div className="grid gap-6 pb-16 lg:grid-cols-[minmax(0,1fr)_26rem] lg:pb-0">
      <div className="min-w-0">{children}</div>
      <div>
        <NeedsScript>
          The inspector needs JavaScript: it follows this browser&apos;s requests live. Logging in
          and out works without it.
        </NeedsScript>
        <InspectorPanel area={area} />
      </div>
    </div>
  );
}
