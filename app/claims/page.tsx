import type { Metadata } from "next";
import { ScrollsSideways } from "@/app/_components/scrolls-sideways";
import Link from "next/link";
import { HowItWorks } from "@/app/_components/ui";
import { readScenarios } from "@/lib/claims/scenarios";
import { CLAIMS } from "@/lib/claims/registry";
import { DocsLink } from "@/app/_components/docs-link";

export const metadata: Metadata = { title: "Claims" };

/**
 * Every claim the lab proves, from the registry (lib/claims/registry.ts): its sentence, the screen where
 * you can make it happen, and the automated scenario that checks it on every build.
 */
const topicId = (topic: string) => `topic-${topic.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

export default function ClaimsPage() {
  const scenarios = readScenarios();
  const topics = [...new Set(CLAIMS.map((claim) => claim.topic))];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">What this lab proves</h1>
      <p className="max-w-3xl text-slate-700">
        {CLAIMS.length} claims about sessions, sealed cookies and JWTs. Each one can be seen live on
        the screen linked beside it, and an end-to-end test in a real browser checks it on every
        build.
      </p>
      {topics.map((topic) => (
        // An id has no spaces: "topic-Cookies and HTTP" would label the section by three ids.
        <section key={topic} aria-labelledby={topicId(topic)} className="space-y-2">
          <h2 id={topicId(topic)} className="text-lg font-semibold">
            {topic}
          </h2>
          <ScrollsSideways label={`Claims: ${topic}`}>
            <table className="w-full text-left text-sm" aria-label={`Claims: ${topic}`}>
              <thead className="text-slate-500">
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">See it</th>
                  <th scope="col">Proved by</th>
                </tr>
              </thead>
              <tbody>
                {CLAIMS.filter((claim) => claim.topic === topic).map((claim) => (
                  <tr key={claim.id} id={claim.id} className="border-t border-slate-100 align-top">
                    <td className="py-2 pr-3">
                      <strong>{claim.id}</strong> {claim.sentence}
                    </td>
                    <td className="py-2 pr-3">
                      <Link href={claim.shownAt} className="underline" prefetch={false}>
                        {claim.shownAt}
                      </Link>
                    </td>
                    <td className="py-2 text-xs" data-testid={`scenarios-${claim.id}`}>
                      <ul>
                        {scenarios
                          .filter((scenario) => scenario.claims.includes(claim.id))
                          .map((scenario) => (
                            <li key={`${scenario.file}:${scenario.title}`}>
                              “{scenario.title}” <code>{scenario.file}</code>
                            </li>
                          ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollsSideways>
        </section>
      ))}
      <HowItWorks>
        <p>
          The list comes from one registry in the code. A unit test fails when a scenario names a
          claim the registry does not have, or when a claim has no scenario — so this page and the
          test suite cannot drift apart.
        </p>
      </HowItWorks>
      <DocsLink page="testing" />
    </div>
  );
}
