import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ScrollsSideways } from "@/app/_components/scrolls-sideways";
import Link from "next/link";
import { HowItWorks } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { readScenarios, type Scenario } from "@/lib/claims/scenarios";
import { CLAIM_TOPICS, CLAIMS, type Claim, type ClaimTopic } from "@/lib/claims/registry";
import { DocsLink } from "@/app/_components/docs-link";

type T = Awaited<ReturnType<typeof getTranslations<"claims">>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("claims"))("metaTitle") };
}

/**
 * Every claim the lab proves, from the registry (lib/claims/registry.ts): its sentence (from the
 * messages, in the visitor's language), the screen where you can make it happen, and the
 * automated scenario that checks it on every build.
 */
export default async function ClaimsPage(): Promise<ReactNode> {
  const t = await getTranslations("claims");
  const scenarios = readScenarios();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro", { count: CLAIMS.length })}</p>
      {CLAIM_TOPICS.map((topic) => (
        <TopicTable key={topic} topic={topic} t={t} scenarios={scenarios} />
      ))}
      <HowItWorks>
        <p>{t("howItWorks")}</p>
      </HowItWorks>
      <DocsLink page="testing" />
    </div>
  );
}

function TopicTable({
  topic,
  t,
  scenarios,
}: {
  topic: ClaimTopic;
  t: T;
  scenarios: Scenario[];
}): ReactNode {
  const name = t(`topics.${topic}`);
  const label = t("tableLabel", { topic: name });
  return (
    // The heading's id is the topic's key: one word, so the section is named by one id.
    <section aria-labelledby={`topic-${topic}`} className="space-y-2">
      <h2 id={`topic-${topic}`} className="text-lg font-semibold">
        {name}
      </h2>
      <ScrollsSideways label={label}>
        <table className="w-full table-fixed text-left text-sm" aria-label={label}>
          <thead className="text-slate-500">
            <tr>
              <th scope="col" className="w-1/2">
                {t("columns.claim")}
              </th>
              <th scope="col" className="w-1/5 lg:w-[12%]">
                {t("columns.seeIt")}
              </th>
              <th scope="col">{t("columns.provedBy")}</th>
            </tr>
          </thead>
          <tbody>
            {CLAIMS.filter((claim) => claim.topic === topic).map((claim) => (
              <ClaimRow key={claim.id} claim={claim} t={t} scenarios={scenarios} />
            ))}
          </tbody>
        </table>
      </ScrollsSideways>
    </section>
  );
}

/** The claim in words first; its id after, as the reference other pages link to (#C06). */
function ClaimRow({ claim, t, scenarios }: { claim: Claim; t: T; scenarios: Scenario[] }) {
  return (
    <tr id={claim.id} className="border-t border-slate-100 align-top">
      <td className="py-2 pr-3">
        {t.rich(`sentences.${claim.id}`, RICH)}{" "}
        <span className="whitespace-nowrap text-xs text-slate-500">({claim.id})</span>
      </td>
      <td className="py-2 pr-3 [overflow-wrap:anywhere]">
        <Link href={claim.shownAt} className="underline" prefetch={false}>
          {claim.shownAt}
        </Link>
      </td>
      <td className="py-2 text-xs [overflow-wrap:anywhere]" data-testid={`scenarios-${claim.id}`}>
        <ul>
          {scenarios
            .filter((scenario) => scenario.claims.includes(claim.id))
            .map((scenario) => (
              // A test's name is quoted as the code spells it, so it can be searched for there.
              <li key={`${scenario.file}:${scenario.title}`}>
                <span lang="en" translate="no">
                  “{scenario.title}”
                </span>{" "}
                <code>{scenario.file}</code>
              </li>
            ))}
        </ul>
      </td>
    </tr>
  );
}
