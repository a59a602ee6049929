import type { Metadata } from "next";
import { NeedsScript } from "@/app/_components/needs-script";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CostFigures } from "@/app/_components/cost-figures";
import { DocumentCookie } from "@/app/_components/document-cookie";
import { InspectorProvider } from "@/app/_components/inspector/shared-inspector";
import { LoginForm } from "@/app/_components/login-form";
import { DemoUsers } from "@/app/_components/demo-users";
import { JwtCookieAttributes } from "@/app/_components/server-evidence";
import { TOUR_STEPS, tourStep } from "@/lib/learn/tour";
import { logInToAllForTourAction } from "../actions";
import { TourLiveEvidence } from "../evidence";

type Props = { params: Promise<{ step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = tourStep((await params).step);
  const t = await getTranslations("tour");
  if (found === undefined) return { title: t("nav") };
  return { title: `${found.number}. ${t(`steps.${found.number}.title`)}` };
}

/** One step of the tour: what to do, why, and the live evidence, with back and next. */
export default async function TourStepPage({ params }: Props) {
  const found = tourStep((await params).step);
  if (found === undefined) notFound();
  const { step, number } = found;
  const last = number === TOUR_STEPS.length;
  const t = await getTranslations("tour");
  const text = t.raw(`steps.${number}.text`) as string[];
  return (
    <InspectorProvider>
      <div className="space-y-5">
        <nav aria-label={t("progress")} className="text-sm">
          <Link href="/tour" className="underline">
            {t("nav")}
          </Link>{" "}
          · <span data-testid="tour-step">{t("stepOf", { number, count: TOUR_STEPS.length })}</span>
          <progress
            className="ml-3 h-2 w-40 align-middle"
            value={number}
            max={TOUR_STEPS.length}
            aria-label={t("stepOf", { number, count: TOUR_STEPS.length })}
          />
        </nav>
        <div className="space-y-6">
          <div className="max-w-3xl space-y-3">
            <h1 className="text-2xl font-bold">
              {number}. {t(`steps.${number}.title`)}
            </h1>
            {text.map((sentence) => (
              <p key={sentence} className="leading-7">
                {sentence}
              </p>
            ))}
            <ul className="list-disc pl-5 text-sm">
              {step.links.map((link) => (
                <li key={link.key}>
                  <Link href={link.href} prefetch={false} className="underline">
                    {t(`links.${link.key}`)}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="flex gap-3 pt-2">
              {number > 1 && (
                <Link
                  href={`/tour/${number - 1}`}
                  className="rounded-md border border-slate-400 px-4 py-2"
                >
                  {t("back")}
                </Link>
              )}
              <Link
                href={last ? "/guide" : `/tour/${number + 1}`}
                className="rounded-md bg-slate-900 px-4 py-2 text-white"
              >
                {last ? t("finish") : t("next")}
              </Link>
            </p>
          </div>
          <section
            aria-label={t("evidence")}
            data-testid="tour-evidence"
            className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <p className="text-xs font-semibold uppercase text-slate-600">{t("evidence")}</p>
            <NeedsScript>{t("noScript")}</NeedsScript>
            {step.evidence === "login" && (
              <>
                <LoginForm action={logInToAllForTourAction} next="/tour/2" />
                <DemoUsers />
              </>
            )}
            {step.evidence === "threats" && (
              <>
                <JwtCookieAttributes />
                <DocumentCookie />
              </>
            )}
            {step.evidence === "choose" ? (
              <CostFigures />
            ) : (
              <TourLiveEvidence kind={step.evidence} step={number} />
            )}
          </section>
        </div>
      </div>
    </InspectorProvider>
  );
}
