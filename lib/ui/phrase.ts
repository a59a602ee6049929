/**
 * Words a module computes but does not word: a messages key (from the root, e.g.
 * `diagrams.trace.forward`) and its values. The diagrams of the learn pages and of a traced
 * request are built as data, away from any request's language; whoever draws them says them in
 * the reader's language with `sayPhrase`. A value may be a phrase itself (a check's name inside
 * "… (memo)"), said first.
 */
export interface Phrase {
  key: string;
  values?: Record<string, string | number | Phrase>;
}

/** A translator as next-intl's `useTranslations()` / `getTranslations()` give it, from the root. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A phrase with no values. */
export function phrase(key: string, values?: Phrase["values"]): Phrase {
  return values === undefined ? { key } : { key, values };
}

/** The phrase in the translator's language, its nested phrases said first. */
export function sayPhrase(t: Translate, said: Phrase): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values ?? {})) {
    values[name] = typeof value === "object" ? sayPhrase(t, value) : value;
  }
  return t(said.key, values);
}
