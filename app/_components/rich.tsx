import Link from "next/link";
import type { ReactNode } from "react";
import { ClaimLink } from "@/app/_components/claim-text";
import { Term } from "@/app/_components/term";
import { GLOSSARY, PLAIN_TAGS, tagOf } from "@/lib/ui/glossary";

type Tag = (chunks: ReactNode) => ReactNode;

/**
 * The tags the messages files may use inside a sentence (next-intl's `t.rich`), so a translated
 * sentence keeps its emphasis, its code and its links: every glossary term by its tag (tagOf),
 * and the plain tags (PLAIN_TAGS, the same list the glossary test accepts).
 */
// Typed by PLAIN_TAGS, so the tags rendered here and the tags the test accepts cannot drift.
const PLAIN: Record<(typeof PLAIN_TAGS)[number], Tag> = {
  b: (chunks) => <strong>{chunks}</strong>,
  em: (chunks) => <em>{chunks}</em>,
  code: (chunks) => <code>{chunks}</code>,
  glossary: (chunks) => (
    <Link href="/learn/glossary" className="underline">
      {chunks}
    </Link>
  ),
  // `<claim>C27</claim>`: the claim's id, linked to its entry on the claims page.
  claim: (chunks) => <ClaimLink id={String(chunks)} />,
  // `<who>{name}</who>`: a name a person chose, in whatever language — never translated (a
  // Korean page saying an English name has nothing left untranslated).
  who: (chunks) => <span translate="no">{chunks}</span>,
};

export const RICH: Record<string, Tag> = {
  ...Object.fromEntries(
    GLOSSARY.map(({ id }): [string, Tag] => [tagOf(id), (chunks) => <Term id={id}>{chunks}</Term>]),
  ),
  ...PLAIN,
};
