import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { InspectorProvider } from "@/app/_components/inspector/shared-inspector";
import { NeedsScript } from "@/app/_components/needs-script";
import { RICH } from "@/app/_components/rich";
import { FAQ_IDS, FAQ_LINKS, type FaqId } from "@/lib/learn/faq";
import { browserEvidence, evidenceOf } from "./answer-evidence";
import { EvidenceOffer, evidenceProblemOf, LookAt, type EvidenceProblem } from "./evidence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("faq"))("title") };
}

type T = Awaited<ReturnType<typeof getTranslations<"faq">>>;
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The rich tags of an answer: the glossary terms, and the links FAQ_LINKS names. */
const TAGS = {
  ...RICH,
  ...Object.fromEntries(
    Object.entries(FAQ_LINKS).map(([tag, href]) => [
      tag,
      (chunks: ReactNode) => (
        <Link href={href} prefetch={false} className="underline">
          {chunks}
        </Link>
      ),
    ]),
  ),
};

function paragraphs(t: T, id: FaqId): ReactNode[] {
  return (t.raw(`answers.${id}`) as string[]).map((_, i) => (
    <p key={i}>{t.rich(`answers.${id}.${i}`, TAGS)}</p>
  ));
}

function Answer({
  t,
  id,
  children,
  evidence,
}: {
  t: T;
  id: FaqId;
  children: ReactNode;
  evidence: ReactNode;
}) {
  const question = t(`questions.${id}`);
  return (
    <section id={id} aria-labelledby={`${id}-q`} className="scroll-mt-4 space-y-3">
      <h2 id={`${id}-q`} className="text-xl font-semibold">
        {question}
      </h2>
      {/* min-w-0: a grid item is as wide as its column at 390 px, not as its widest table. */}
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="min-w-0 space-y-2 leading-7">{children}</div>
        <div
          className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-3"
          aria-label={t("evidenceFor", { question })}
          role="group"
          data-testid={`evidence-${id}`}
        >
          <p className="text-xs font-semibold uppercase text-slate-600">{t("evidence")}</p>
          {evidence}
        </div>
      </div>
    </section>
  );
}

/** The six questions learners ask, each answered beside live evidence from this browser. */
export default async function FaqPage({ searchParams }: Props) {
  const t = await getTranslations("faq");
  const steps = t.raw("steps") as string[];
  const problem: EvidenceProblem | null = evidenceProblemOf(await searchParams);
  const browser = await browserEvidence();
  const evidence = evidenceOf(t, browser);
  return (
    <InspectorProvider>
      <div className="space-y-10">
        <div className="max-w-3xl space-y-3">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <NeedsScript>{t("noScript")}</NeedsScript>
          <ol className="list-decimal pl-5">
            {FAQ_IDS.map((id) => (
              <li key={id}>
                <Link href={`#${id}`} className="underline">
                  {t(`questions.${id}`)}
                </Link>
              </li>
            ))}
          </ol>
        </div>
        {FAQ_IDS.map((id) => (
          <Answer
            key={id}
            t={t}
            id={id}
            evidence={
              <>
                {browser.everywhere ? (
                  <LookAt answer={id} />
                ) : (
                  <EvidenceOffer answer={id} problem={problem} />
                )}
                {evidence[id]}
              </>
            }
          >
            {id === "validation" && (
              <ol className="list-decimal space-y-1 pl-5">
                {steps.map((_, i) => (
                  <li key={i}>{t.rich(`steps.${i}`, TAGS)}</li>
                ))}
              </ol>
            )}
            {paragraphs(t, id)}
          </Answer>
        ))}
      </div>
    </InspectorProvider>
  );
}
