import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, Facts, HowItWorks, Notice, Time } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { labOrigins } from "@/app/threats/lab-origins";
import { findAttempt, type Attempt, type LabCredential } from "@/lib/threats/csrf-bank";
import { ATTACKER_PAGE } from "@/lib/threats/sites";
import { CsrfAccount } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.csrf"))("metaTitle") };
}

type CsrfWords = Awaited<ReturnType<typeof getTranslations<"threats.csrf">>>;

const CREDENTIALS: readonly LabCredential[] = ["none", "lax", "strict", "bearer"];

function verdict(attempt: Attempt, t: CsrfWords): { headline: string; tone: "info" | "warning" } {
  const values = {
    amount: attempt.amount,
    to: attempt.to,
    via: t(`credentials.${attempt.credential}`),
  };
  const tone = attempt.outcome === "transferred" ? "warning" : "info";
  return { tone, headline: t(`verdict.${attempt.outcome}`, values) };
}

async function AttemptResult({ attempt }: { attempt: Attempt }) {
  const t = await getTranslations("threats.csrf");
  const { headline, tone } = verdict(attempt, t);
  const arrived = CREDENTIALS.filter((c) => attempt.arrived[c]);
  const code = (value: string) => <code key={value}>{value}</code>;
  return (
    <Card title={t("result.title")} id="result">
      <div className="space-y-3" data-testid="csrf-result" data-outcome={attempt.outcome}>
        <Notice tone={tone}>{headline}</Notice>
        <Facts
          label={t("result.label")}
          items={[
            [t("result.at"), <Time key="at" value={attempt.at} />],
            [
              t("result.askedFor"),
              t("result.askedForValue", { amount: attempt.amount, to: attempt.to }),
            ],
            [t("result.authenticatedBy"), t(`credentials.${attempt.credential}`)],
            [
              t("result.serverCheck"),
              attempt.defence === "origin" ? "Origin / Sec-Fetch-Site" : t("result.checkNone"),
            ],
            [t("result.originHeader"), attempt.origin ?? t("result.absent")],
            [t("result.secFetchSiteHeader"), attempt.secFetchSite ?? t("result.absent")],
            [
              t("result.arrived"),
              arrived.length === 0
                ? t("result.arrivedNone")
                : arrived.map((c) => t(`credentials.${c}`)).join(", "),
            ],
            [
              t("result.outcome"),
              <>
                {t(`outcome.${attempt.outcome}`)} ({code(attempt.outcome)})
              </>,
            ],
            [t("result.balanceAfter"), attempt.balanceAfter ?? t("result.noAccount")],
          ]}
        />
      </div>
    </Card>
  );
}

export default async function CsrfLabPage({
  searchParams,
}: {
  searchParams: Promise<{ attempt?: string | string[] }>;
}) {
  const { attempt: attemptId } = await searchParams;
  const attempt = typeof attemptId === "string" ? findAttempt(attemptId) : null;
  const { self, twin } = await labOrigins();
  const t = await getTranslations("threats.csrf");
  const attackUrl =
    self !== null && twin !== null
      ? `${twin}${ATTACKER_PAGE}?target=${encodeURIComponent(self)}`
      : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t.rich("intro", RICH)}</p>
      {attempt && <AttemptResult attempt={attempt} />}
      {typeof attemptId === "string" && attempt === null && (
        <Notice tone="warning">{t("notOnRecord")}</Notice>
      )}
      <Card title={t("accountTitle")}>
        <CsrfAccount attackUrl={attackUrl} />
        {attackUrl === null && (
          <div className="mt-3">
            <Notice tone="warning">{t.rich("noTwin", RICH)}</Notice>
          </div>
        )}
      </Card>
      <HowItWorks>
        <p>{t.rich("how1", { ...RICH, twin: twin ?? t("twinFallback") })}</p>
        <p>{t.rich("how2", RICH)}</p>
        <p>{t.rich("how3", RICH)}</p>
        <p>
          {t.rich("how4", RICH)}{" "}
          <a className="underline" href="/jwt/bearer">
            {t("how4Link")}
          </a>
          .
        </p>
        <p>{t("how5")}</p>
      </HowItWorks>
    </div>
  );
}
