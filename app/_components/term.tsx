import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { glossaryEntry } from "@/lib/ui/glossary";

/** A term the reader may not know, linked to its glossary entry (its meaning also as a tooltip). */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const t = useTranslations("glossary.terms");
  if (glossaryEntry(id) === undefined) throw new Error(`No glossary entry "${id}"`); // a bug: tests catch it
  return (
    <Link
      href={`/learn/glossary#${id}`}
      title={t(`${id}.meaning`)}
      prefetch={false}
      className="underline decoration-dotted underline-offset-2"
    >
      {children ?? t(`${id}.term`)}
    </Link>
  );
}
