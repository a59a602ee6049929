import type { ReactNode } from "react";

/**
 * A name a person chose, inside a translated sentence (the `<who>` tag): it is theirs, in
 * whatever language, so it is marked never to be translated — a Korean page saying an English
 * name has nothing left untranslated.
 */
export function userOwnName(chunks: ReactNode): ReactNode {
  return <span translate="no">{chunks}</span>;
}
