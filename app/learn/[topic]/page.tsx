import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ComponentType } from "react";
import { ClaimLink } from "@/app/_components/claim-text";
import { LiveSequence } from "@/app/_components/inspector/sequence-section";
import { SequenceDiagram } from "@/app/_components/sequence-diagram";
import { DIAGRAMS } from "@/lib/learn/diagrams";
import { LEARN_TOPICS, learnTopic } from "@/lib/learn/topics";
import CsrfXssHttps from "../_content/csrf-xss-https";
import HttpAndCookies from "../_content/http-and-cookies";
import JwtAnatomy from "../_content/jwt-anatomy";
import KeysAndJwks from "../_content/keys-and-jwks";
import RefreshAndRevocation from "../_content/refresh-and-revocation";
import ScalingOut from "../_content/scaling-out";
import Sessions from "../_content/sessions";

const CONTENT: Record<string, ComponentType> = {
  "http-and-cookies": HttpAndCookies,
  sessions: Sessions,
  "jwt-anatomy": JwtAnatomy,
  "refresh-and-revocation": RefreshAndRevocation,
  "keys-and-jwks": KeysAndJwks,
  "csrf-xss-https": CsrfXssHttps,
  "scaling-out": ScalingOut,
};

export function generateStaticParams(): { topic: string }[] {
  return LEARN_TOPICS.map(({ slug }) => ({ topic: slug }));
}

export const dynamicParams = false;

type Props = { params: Promise<{ topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: learnTopic((await params).topic)?.title ?? "Learn" };
}

/** One learn page: the explanation, the flow as a diagram, and the same flow live. */
export default async function LearnTopicPage({ params }: Props) {
  const { topic: slug } = await params;
  const topic = learnTopic(slug);
  const Content = CONTENT[slug];
  const diagram = DIAGRAMS[slug];
  if (topic === undefined || Content === undefined || diagram === undefined) notFound();
  const index = LEARN_TOPICS.indexOf(topic);
  const next = LEARN_TOPICS[index + 1];
  return (
    <article className="max-w-4xl space-y-6">
      <p className="text-sm">
        <Link href="/learn" className="underline">
          Learn
        </Link>{" "}
        · {index + 1} of {LEARN_TOPICS.length}
      </p>
      <h1 className="text-2xl font-bold">{topic.title}</h1>
      <div className="space-y-3 leading-7 text-slate-800">
        <Content />
      </div>
      <section aria-labelledby="diagram" className="space-y-2">
        <h2 id="diagram" className="text-lg font-semibold">
          The flow
        </h2>
        <SequenceDiagram sequence={diagram} id={`learn-${slug}`} />
      </section>
      <section aria-labelledby="see-it-live" className="space-y-2">
        <h2 id="see-it-live" className="text-lg font-semibold">
          See it live
        </h2>
        <ul className="list-disc pl-5">
          {topic.seeLive.map((link) => (
            <li key={link.href + link.label}>
              <Link href={link.href} prefetch={false} className="underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        {topic.liveArea !== null && (
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <p className="mb-2 text-sm">
              Your browser&apos;s latest {topic.liveArea === "jwt" ? "JWT" : "session"} request,
              drawn from its trace:
            </p>
            <LiveSequence area={topic.liveArea} />
          </div>
        )}
        <p className="text-sm">
          Proved by claims{" "}
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
            Next: {next.title} →
          </Link>
        </p>
      )}
    </article>
  );
}
