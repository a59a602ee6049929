import type { Metadata } from "next";
import Link from "next/link";
import { GLOSSARY } from "@/lib/ui/glossary";

export const metadata: Metadata = { title: "Glossary" };

/** Every term the inspector and the pages use; each mention elsewhere links to its entry here. */
export default function GlossaryPage() {
  const sorted = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Glossary</h1>
      <p className="text-slate-700">
        The words the inspector and the pages use, in plain language. Underlined dotted terms
        elsewhere link here.
      </p>
      <dl className="space-y-3">
        {sorted.map((entry) => (
          <div
            key={entry.id}
            id={entry.id}
            className="scroll-mt-4 rounded-md p-2 target:bg-amber-50"
          >
            <dt className="font-semibold">{entry.term}</dt>
            <dd className="text-sm text-slate-700">
              {entry.meaning}
              {entry.seeAt && (
                <>
                  {" "}
                  <Link href={entry.seeAt} prefetch={false} className="underline">
                    See it
                  </Link>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
