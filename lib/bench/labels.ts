import en from "@/messages/en.json";

/**
 * The benchmark writes each row's label in English (bench/results/latest.json); the page shows it
 * in the visitor's language. The English messages (`bench.rows`) are the table that names each
 * label: a label matches the message it reads as, with `{name}` standing for a figure inside it
 * ("session check at {sessions} sessions"), so English reads exactly as the benchmark wrote it.
 */

/** A row label found among the messages: its key, the figures inside it, and its indent. */
export interface RowMessage {
  key: string;
  values: Record<string, string>;
  /** The leading spaces that set a floor row under the check it belongs to. */
  indent: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const PATTERNS: Array<{ key: string; pattern: RegExp }> = Object.entries(en.bench.rows).map(
  ([key, message]) => ({
    key,
    pattern: new RegExp(
      `^${escape(message).replace(/\\\{(\w+)\\\}/g, (_, name: string) => `(?<${name}>.+?)`)}$`,
    ),
  }),
);

/** The message a row label reads as, or null for a label the messages do not know yet. */
export function rowMessage(label: string): RowMessage | null {
  const indent = /^\s*/.exec(label)?.[0] ?? "";
  for (const { key, pattern } of PATTERNS) {
    const match = pattern.exec(label.trim());
    if (match !== null) return { key, values: { ...match.groups }, indent };
  }
  return null;
}
