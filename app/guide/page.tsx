import type { Metadata } from "next";
import Link from "next/link";
import { ClaimLink } from "@/app/_components/claim-text";
import { parseAnswers, QUESTIONS, recommend } from "@/lib/guide/recommend";

export const metadata: Metadata = { title: "Which should I choose?" };

const CHOICE_LABEL = {
  session: "Sessions",
  jwt: "JWTs",
  hybrid: "Short-lived JWTs + a server-side refresh record",
} as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The decision guide: a plain GET form (works without JavaScript, and a result can be linked to),
 * answered on the server by the same function the unit tests check.
 */
export default async function GuidePage({ searchParams }: Props) {
  const query = await searchParams;
  const submitted = Object.keys(query).some((key) => QUESTIONS.some((q) => q.id === key));
  const { answers, missing } = parseAnswers(query);
  const result = answers === null ? null : recommend(answers);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Which should I choose?</h1>
      <p className="text-slate-700">
        Five questions about your app. The answer comes with its reasons, and each reason links to
        the place in this lab where you can watch it happen.
      </p>
      <form method="get" action="/guide" className="space-y-4" aria-describedby="guide-error">
        {QUESTIONS.map((question) => {
          const value = query[question.id];
          const invalid = submitted && missing.includes(question.id);
          return (
            <fieldset
              key={question.id}
              className={`rounded-md border p-3 ${invalid ? "border-red-600" : "border-slate-300"}`}
              aria-invalid={invalid || undefined}
            >
              <legend className="px-1 text-sm font-medium">{question.text}</legend>
              <div className="flex gap-6 text-sm">
                {(["yes", "no"] as const).map((option) => (
                  <label key={option} className="flex items-center gap-2">
                    <input
                      type="radio"
                      name={question.id}
                      value={option}
                      defaultChecked={value === option}
                      required
                    />
                    {option === "yes" ? "Yes" : "No"}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <p id="guide-error" role="alert" className="text-sm text-red-700">
          {submitted && missing.length > 0
            ? `Answer every question (${missing.length} left) to get a recommendation.`
            : ""}
        </p>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-white">
          Recommend
        </button>
      </form>
      {result && (
        <section
          aria-labelledby="recommendation"
          data-choice={result.choice}
          className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4"
        >
          <h2 id="recommendation" className="text-lg font-semibold">
            Recommendation: {CHOICE_LABEL[result.choice]}
          </h2>
          <p>{result.headline}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="Reasons">
            {result.reasons.map((reason) => (
              <li key={reason.text}>
                {reason.text}{" "}
                <Link href={reason.href} prefetch={false} className="underline">
                  See it
                </Link>{" "}
                (<ClaimLink id={reason.claim} />)
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="space-y-2 text-sm text-slate-700">
        <h2 className="text-base font-semibold text-slate-900">The common production answers</h2>
        <p>
          Most web apps run <strong>sessions with a shared store</strong>: instant logout, nothing
          readable in the browser, one cheap lookup per request. Systems where other services must
          verify on their own run{" "}
          <strong>short-lived JWTs plus a server-side refresh record</strong>: the verifiers need
          only the public keys, and revocation takes effect within the access token&apos;s few
          minutes. A JWT kept in <code>localStorage</code> for a single web app is the choice to
          avoid: it is readable by any injected script and still cannot be logged out.
        </p>
      </section>
    </div>
  );
}
