import type { ReactNode } from "react";
import { InspectorPanel } from "@/app/_components/inspector/inspector-panel";

/** The admin pages, authenticated by the session mechanism, with its inspector beside them. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid gap-6 pb-16 lg:grid-cols-[minmax(0,1fr)_26rem] lg:pb-0">
      <div className="min-w-0">{children}</div>
      <InspectorPanel area="session" />
    </div>
  );
}
