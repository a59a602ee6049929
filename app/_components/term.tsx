import Link from "next/link";
import type { ReactNode } from "react";
import { glossaryEntry } from "@/lib/ui/glossary";

/** A term the reader may not know, linked to its glossary entry (its meaning also as a tooltip). */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const entry = glossaryEntry(id);
  if (entry === undefined) throw new Error(`No glossary entry "${id}"`); // a bug: caught by tests
  return (
    <Link
      href={`/learn/glossary#${id}`}
      title={entry.meaning}
      prefetch={false}
      className="underline decoration-dotted underline-offset-2"
    >
      {children ?? entry.term}
    </Link>
  );
}
