import type { ReactNode } from "react";
import { WithInspector } from "@/app/_components/inspector/with-inspector";

/** Every page of the JWT area, with its inspector. */
export default function JwtAreaLayout({ children }: { children: ReactNode }) {
  return <WithInspector area="jwt">{children}</WithInspector>;
}
