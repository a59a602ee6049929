import type { ReactNode } from "react";
import { WithInspector } from "@/app/_components/inspector/with-inspector";

/** Every page of the session area, with its inspector. */
export default function SessionAreaLayout({ children }: { children: ReactNode }) {
  return <WithInspector area="session">{children}</WithInspector>;
}
