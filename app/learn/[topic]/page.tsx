import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClaimLink } from "@/app/_components/claim-text";
import { LiveSequence } from "@/app/_components/inspector/sequence-section";
import { RICH } from "@/app/_components/rich";
import { SequenceDiagram } from "@/app/_components/sequence-diagram";
import { DIAGRAMS } from "@/lib/learn/diagrams";
import { LEARN_TOPICS, learnTopic } from "@/lib/learn/topics";
import { JwsBesideJwe } from "./jws-and-jwe";
import { StoreInUseNow } from "./store-in-use";
import { RunningTopology } from "./topology";

/** What a page shows live from this server beside its explanation, where it has more than a trace. */
const SERVER_EVIDENCE: Partial<Record<string, () => Promise<ReactNode>>> = {
  "jwt-anatomy": JwsBesideJwe,
  // What runs now (the instances, the database), then the session store in detail.
  "scaling-out": async () => (
    <>
      <RunningTopology />
      <StoreInUseNow />
    </>
  ),
};

export function generateStaticParams(): { topic: string }[] {
  return LEARN_TOPICS.map(({ slug }) => ({ topic: slug }));
}

export const dynamicParams = false;

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).topic;
  const t = await getTranslations("learn");
  return { title: learnTopic(slug) === undefined ? t("title") : t(`topics.${slug}.title`) };
}

/** One learn page: the explanation, the flow as a diagram, and the same flow live. */
export default async function LearnTopicPage({ params }: Props) {
  const { topic: slug } = await params;
  const topic = learnTopic(slug);
  const diagram = DIAGRAMS[slug];
  if (topic === undefined || diagram === undefined) notFound();
  const t = await getTranslations("learn");
  const areas = await getTranslations("areas");
  const paragraphs = (t.raw(`topics.${slug}.paragraphs`) as string[]).map((_, i) =>
    t.rich(`topics.${slug}.paragraphs.${i}`, RICH),
  );
  const labels = t.raw(`topics.${slug}.links`) as string[];
  const index = LEARN_TOPICS.indexOf(topic);
  const next = LEARN_TOPICS[index + 1];
  const Evidence = SERVER_EVIDENCE[slug];
  return (
    <article className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href="/learn" className="underline">
          {t("title")}
        </Link>{" "}
        · {t("position", { number: index + 1, count: LEARN_TOPICS.length })}
      </p>
      <h1 className="text-2xl font-bold">{t(`topics.${slug}.title`)}</h1>
      <div className="space-y-3 leading-7 text-slate-800">
        {paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
      {Evidence !== undefined && <Evidence />}
      <section aria-labelledby="diagram" className="space-y-2">
        <h2 id="diagram" className="text-lg font-semibold">
          {t("flow")}
        </h2>
        <SequenceDiagram sequence={diagram} id={`learn-${slug}`} />
      </section>
      <section aria-labelledby="see-it-live" className="space-y-2">
        <h2 id="see-it-live" className="text-lg font-semibold">
          {t("seeLive")}
        </h2>
        <ul className="list-disc pl-5">
          {topic.seeLive.map((href, i) => (
            <li key={href}>
              <Link href={href} prefetch={false} className="underline">
                {labels[i]}
              </Link>
            </li>
          ))}
        </ul>
        {topic.liveArea !== null && (
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <p className="mb-2 text-sm">{t("latest", { area: areas(topic.liveArea) })}</p>
            <LiveSequence area={topic.liveArea} />
          </div>
        )}
        <p className="text-sm">
          {t("provedBy")}{" "}
          {topic.claims.map((id, i) => (
            <span key={id}>
              {i > 0 && ", "}
              <ClaimLink id={id} />
            </span>
          ))}
          .
        </p>
      </section>
      {next && (
        <p>
          <Link href={`/learn/${next.slug}`} className="font-semibold underline">
            {t("next", { title: t(`topics.${next.slug}.title`) })}
          </Link>
        </p>
      )}
    </article>
  );
}
