import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cookieSettings } from "@/config";
import { TOUR_STEPS, tourStep } from "@/lib/learn/tour";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tour"))("pageTitle") };
}

/** The tour's contents, with "resume" when this browser has taken it before (its lab_tour cookie). */
export default async function TourIndexPage() {
  const saved = (await cookies()).get(cookieSettings.tour.name)?.value;
  const resume = saved === undefined ? undefined : tourStep(saved);
  const t = await getTranslations("tour");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title", { count: TOUR_STEPS.length })}</h1>
      <p className="text-slate-700">
        {t.rich("intro", {
          code: (chunks) => <code>{chunks}</code>,
          cookie: cookieSettings.tour.name,
        })}
      </p>
      <p className="flex flex-wrap gap-3">
        <Link href="/tour/1" className="rounded-md bg-slate-900 px-4 py-2 text-white">
          {t("begin")}
        </Link>
        {resume !== undefined && resume.number > 1 && (
          <Link
            href={`/tour/${resume.number}`}
            className="rounded-md border border-slate-400 px-4 py-2"
          >
            {t("resume", {
              number: resume.number,
              title: t(`steps.${resume.number}.title`),
            })}
          </Link>
        )}
      </p>
      <ol className="list-decimal space-y-1 pl-5">
        {TOUR_STEPS.map((step, i) => (
          <li key={step.evidence}>
            <Link href={`/tour/${i + 1}`} className="underline">
              {t(`steps.${i + 1}.title`)}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
