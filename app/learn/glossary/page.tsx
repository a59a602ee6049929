import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { GLOSSARY } from "@/lib/ui/glossary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("glossary"))("title") };
}

/** Every term the inspector and the pages use; each mention elsewhere links to its entry here. */
export default async function GlossaryPage() {
  const t = await getTranslations("glossary");
  const locale = await getLocale();
  const entries = GLOSSARY.map((entry) => ({
    ...entry,
    term: t(`terms.${entry.id}.term`),
    meaning: t(`terms.${entry.id}.meaning`),
  })).sort((a, b) => a.term.localeCompare(b.term, locale));
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <dl className="space-y-3">
        {entries.map((entry) => (
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
                    {t("seeIt")}
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
