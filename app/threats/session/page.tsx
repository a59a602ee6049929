import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, HowItWorks } from "@/app/_components/ui";
import { DemoUsers } from "@/app/_components/demo-users";
import { RICH } from "@/app/_components/rich";
import { FixationLab } from "./components";
import { LeakLab } from "./leak";
import { ProxyLab } from "./proxy-lab";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.session"))("metaTitle") };
}

/** Session fixation and the proxy-only mistake, run for real against this server. */
export default async function SessionThreatsPage() {
  const t = await getTranslations("threats.session");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card title={t("fixationTitle")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("fixationIntro")}</p>
        <FixationLab />
        <div className="mt-3">
          <DemoUsers />
        </div>
      </Card>
      <Card title={t("leakTitle")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("leakIntro")}</p>
        <LeakLab />
      </Card>
      <Card title={t("proxyTitle")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("proxyIntro")}</p>
        <ProxyLab />
      </Card>
      <HowItWorks>
        <p>{t.rich("how1", RICH)}</p>
        <p>
          {t.rich("how2", RICH)}
          <Link href="/claims#C24" className="underline">
            {t("how2Claim")}
          </Link>
          {t("how2End")}
        </p>
        <p>{t.rich("how3", RICH)}</p>
      </HowItWorks>
    </div>
  );
}
