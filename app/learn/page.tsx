import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RICH } from "@/app/_components/rich";
import { LEARN_TOPICS } from "@/lib/learn/topics";
import { DocsLink } from "@/app/_components/docs-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learn"))("title") };
}

/** The learn pages in reading order; each is short, with a diagram and a way to see it live. */
export default async function LearnIndexPage() {
  const t = await getTranslations("learn");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t.rich("intro", { ...RICH, count: LEARN_TOPICS.length })}</p>
      <ol className="space-y-3">
        {LEARN_TOPICS.map((topic, i) => (
          <li key={topic.slug} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={`/learn/${topic.slug}`} className="font-semibold underline">
              {i + 1}. {t(`topics.${topic.slug}.title`)}
            </Link>
            <p className="text-sm text-slate-700">{t(`topics.${topic.slug}.summary`)}</p>
          </li>
        ))}
      </ol>
      <DocsLink page="mechanisms" />
    </div>
  );
}
