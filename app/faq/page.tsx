import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CostFigures } from "@/app/_components/cost-figures";
import { DocumentCookie } from "@/app/_components/document-cookie";
import { LiveSequence } from "@/app/_components/inspector/sequence-section";
import { InspectorProvider } from "@/app/_components/inspector/shared-inspector";
import { LiveState } from "@/app/_components/inspector/live-state";
import { NeedsScript } from "@/app/_components/needs-script";
import { RICH } from "@/app/_components/rich";
import {
  JwtCookieAttributes,
  JwtLifetimes,
  TamperEvidence,
} from "@/app/_components/server-evidence";
import { findSessionAuth, getJwtAuth, getSealedAuth } from "@/lib/auth/dal";
import { readInspectorId } from "@/lib/inspect/browser-id";
import { recentTraces } from "@/lib/inspect/traces";
import { FAQ_IDS, FAQ_LINKS, type FaqId } from "@/lib/learn/faq";
import { EvidenceOffer, evidenceProblemOf, LookAt, type EvidenceProblem } from "./evidence";
import { JwtRequest } from "./jwt-request";

export const metadata: Metadata = { title: "Questions people ask" };

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

/** Whether this browser is logged in to every area, and whether it has a JWT request to draw. */
async function browserEvidence(): Promise<{ everywhere: boolean; jwtRequestSeen: boolean }> {
  const [session, sealed, jwt] = await Promise.all([
    findSessionAuth(),
    getSealedAuth(),
    getJwtAuth(),
  ]);
  const inspectorId = readInspectorId(await cookies());
  const traces = inspectorId === null ? [] : recentTraces(inspectorId);
  return {
    everywhere: session.ok && sealed.ok && jwt.ok,
    jwtRequestSeen: traces.some((trace) => trace.area === "jwt"),
  };
}

function evidenceOf(
  t: T,
  { everywhere, jwtRequestSeen }: { everywhere: boolean; jwtRequestSeen: boolean },
): Record<FaqId, ReactNode> {
  return {
    difference: (
      <>
        <LiveState area="session" />
        <LiveState area="jwt" show="credential" />
      </>
    ),
    "trade-offs": <CostFigures />,
    storage: (
      <>
        <JwtCookieAttributes />
        <DocumentCookie />
      </>
    ),
    expiry: (
      <>
        <JwtLifetimes />
        <LiveState area="jwt" show="credential" />
      </>
    ),
    integrity: <TamperEvidence />,
    validation: (
      <>
        {everywhere && <JwtRequest sendNow={!jwtRequestSeen} />}
        <p className="text-sm">{t("latestJwt")}</p>
        <LiveSequence area="jwt" />
      </>
    ),
  };
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
