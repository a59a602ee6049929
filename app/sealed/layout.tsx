import type { ReactNode } from "react";
import { WithInspector } from "@/app/_components/inspector/with-inspector";

/** Every page of the sealed-cookie area, with its inspector. */
export default function SealedAreaLayout({ children }: { children: ReactNode }) {
  return <WithInspector area="sealed">{children}</WithInspector>;
}
