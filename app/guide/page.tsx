import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClaimLink } from "@/app/_components/claim-text";
import { RICH } from "@/app/_components/rich";
import { parseAnswers, QUESTIONS, recommend } from "@/lib/guide/recommend";

export const metadata: Metadata = { title: "Which should I choose?" };

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
  const t = await getTranslations("guide");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
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
              <legend className="px-1 text-sm font-medium">{t(`questions.${question.id}`)}</legend>
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
                    {t(option)}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <p id="guide-error" role="alert" className="text-sm text-red-700">
          {submitted && missing.length > 0 ? t("missing", { count: missing.length }) : ""}
        </p>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-white">
          {t("submit")}
        </button>
      </form>
      {result && (
        <section
          aria-labelledby="recommendation"
          data-choice={result.choice}
          className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4"
        >
          <h2 id="recommendation" className="text-lg font-semibold">
            {t("recommendation", { choice: t(`choices.${result.choice}`) })}
          </h2>
          <p>{t(`headlines.${result.headline}`)}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm" aria-label={t("reasons")}>
            {result.reasons.map((reason) => (
              <li key={reason.id}>
                {t(`reasonTexts.${reason.id}`)}{" "}
                <Link href={reason.href} prefetch={false} className="underline">
                  {t("seeIt")}
                </Link>{" "}
                (<ClaimLink id={reason.claim} />)
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="space-y-2 text-sm text-slate-700">
        <h2 className="text-base font-semibold text-slate-900">{t("productionTitle")}</h2>
        <p>{t.rich("production", RICH)}</p>
        <h2 className="text-base font-semibold text-slate-900">{t("sealedTitle")}</h2>
        <p data-testid="guide-sealed">{t.rich("sealed", RICH)}</p>
      </section>
    </div>
  );
}
