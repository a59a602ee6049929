import Link from "next/link";
import { AreaBadge, Card } from "@/app/_components/ui";
import { getTranslations } from "next-intl/server";
import { HomeAnswer } from "@/app/_components/home-answer";
import { RICH } from "@/app/_components/rich";
import { getPreferredMode } from "@/lib/lab/preferences";
import type { AuthArea } from "@/config/types";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const preferred = await getPreferredMode();
  const reset = (await searchParams).reset === "done";
  const t = await getTranslations("home");
  return (
    <div className="space-y-8">
      {reset && (
        <p role="status" className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm">
          {t("reset")}
        </p>
      )}
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t.rich("intro", RICH)}</p>
      </div>
      {/* The ways in before the answer's table: on a phone the first screen holds them. */}
      <div className="flex flex-wrap gap-3">
        <Link
          href="/tour"
          prefetch={false}
          className="rounded-md bg-slate-900 px-4 py-2 text-white"
        >
          {t("ctaTour")}
        </Link>
        <Link
          href="/guide"
          prefetch={false}
          className="rounded-md border border-slate-400 px-4 py-2"
        >
          {t("ctaGuide")}
        </Link>
        <Link href="/faq" prefetch={false} className="rounded-md border border-slate-400 px-4 py-2">
          {t("ctaFaq")}
        </Link>
        <Link
          href="/learn"
          prefetch={false}
          className="rounded-md border border-slate-400 px-4 py-2"
        >
          {t("ctaLearn")}
        </Link>
        <Link
          href="/bench"
          prefetch={false}
          className="rounded-md border border-slate-400 px-4 py-2"
        >
          {t("ctaBench")}
        </Link>
      </div>
      <HomeAnswer />
      <div className="grid gap-6 md:grid-cols-3">
        {(["session", "sealed", "jwt"] as const).map((area) => (
          <Card key={area} id={`card-area-${area}`} title={t(`areaCards.${area}.title`)}>
            <p className="mb-4 text-sm text-slate-700">{t(`areaCards.${area}.text`)}</p>
            <AreaLink area={area} preferred={preferred === area} t={t} />
          </Card>
        ))}
      </div>
      <p className="text-sm text-slate-600">
        {t("noAccount")}{" "}
        <Link href="/signup" className="underline">
          {t("signUp")}
        </Link>
        . {t.rich("modeCookie", RICH)}
      </p>
    </div>
  );
}

type HomeWords = Awaited<ReturnType<typeof getTranslations<"home">>>;

function AreaLink({ area, preferred, t }: { area: AuthArea; preferred: boolean; t: HomeWords }) {
  return (
    <Link
      href={`/${area}`}
      // Prefetching a protected page would pay for its auth checks on every home-page view.
      prefetch={false}
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100"
    >
      <AreaBadge area={area} /> {t("areaCards.open", { area })}
      {preferred && <span className="text-xs text-slate-500">{t("areaCards.lastChoice")}</span>}
    </Link>
  );
}
