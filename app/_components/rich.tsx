import Link from "next/link";
import type { ReactNode } from "react";
import { Term } from "@/app/_components/term";
import { GLOSSARY, tagOf } from "@/lib/ui/glossary";

type Tag = (chunks: ReactNode) => ReactNode;

/**
 * The tags the messages files may use inside a sentence (next-intl's `t.rich`), so a translated
 * sentence keeps its emphasis, its code and its links: every glossary term by its tag (above),
 * and a few short names kept from the first messages.
 */
export const RICH: Record<string, Tag> = {
  ...Object.fromEntries(
    GLOSSARY.map(({ id }): [string, Tag] => [tagOf(id), (chunks) => <Term id={id}>{chunks}</Term>]),
  ),
  b: (chunks) => <strong>{chunks}</strong>,
  em: (chunks) => <em>{chunks}</em>,
  code: (chunks) => <code>{chunks}</code>,
  glossary: (chunks) => (
    <Link href="/learn/glossary" className="underline">
      {chunks}
    </Link>
  ),
  sid: (chunks) => <Term id="session-id">{chunks}</Term>,
  deny: (chunks) => <Term id="denylist">{chunks}</Term>,
};
