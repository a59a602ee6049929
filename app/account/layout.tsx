import type { ReactNode } from "react";
import { WithInspector } from "@/app/_components/inspector/with-inspector";

/** The account pages, authenticated by the session mechanism, with its inspector. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <WithInspector area="session">{children}</WithInspector>;
}
