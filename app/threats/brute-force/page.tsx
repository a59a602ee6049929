import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, HowItWorks } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { config } from "@/config";
import { DEFAULT_LIMITS } from "@/lib/threats/brute-force";
import { BruteForceLab } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.bruteForce"))("metaTitle") };
}

/** Wrong passwords fired at the real login, answer by answer: the throttle and the timing. */
export default async function BruteForcePage() {
  const { freeFailures, maxDelaySeconds, clientMaxFailures, clientWindowSeconds } =
    config.loginThrottle;
  const t = await getTranslations("threats.bruteForce");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card title={t("cardTitle")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">
          {t.rich("intro", {
            ...RICH,
            waitSeconds: DEFAULT_LIMITS.maxWaitSeconds,
            maxAttempts: DEFAULT_LIMITS.maxAttempts,
          })}
        </p>
        <BruteForceLab />
      </Card>
      <HowItWorks>
        <p>
          {t.rich("how1", {
            ...RICH,
            freeFailures,
            maxDelayMinutes: Math.round(maxDelaySeconds / 60),
          })}
        </p>
        <p>
          {t.rich("how2", {
            ...RICH,
            clientMaxFailures,
            clientWindowMinutes: Math.round(clientWindowSeconds / 60),
          })}
        </p>
        <p>{t.rich("how3", RICH)}</p>
        {/* Two runs a click: the account that exists, then the unknown name. */}
        <p>{t("how4", { maxRequests: 2 * DEFAULT_LIMITS.maxAttempts })}</p>
      </HowItWorks>
    </div>
  );
}
