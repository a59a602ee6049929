import type { ReactNode } from "react";
import { Term } from "@/app/_components/term";

/**
 * The tags the messages files may use inside a sentence (next-intl's `t.rich`): bold, and the
 * glossary terms, so a translated sentence keeps its links.
 */
export const RICH = {
  b: (chunks: ReactNode) => <strong>{chunks}</strong>,
  sid: (chunks: ReactNode) => <Term id="session-id">{chunks}</Term>,
  exp: (chunks: ReactNode) => <Term id="exp">{chunks}</Term>,
  deny: (chunks: ReactNode) => <Term id="denylist">{chunks}</Term>,
  jwks: (chunks: ReactNode) => <Term id="jwks">{chunks}</Term>,
  csrf: (chunks: ReactNode) => <Term id="csrf">{chunks}</Term>,
  xss: (chunks: ReactNode) => <Term id="xss">{chunks}</Term>,
};
