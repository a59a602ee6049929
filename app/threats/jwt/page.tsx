import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, HowItWorks } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { JwtWorkbench } from "./components";
import { AttackClasses } from "./classes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jwtRange"))("metaTitle") };
}

/** The classic JWT attacks, each sent to a naive verifier and to the app's own, side by side. */
export default async function JwtRangePage() {
  const t = await getTranslations("jwtRange");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t.rich("intro", RICH)}</p>
      <Card title={t("workbenchTitle")}>
        <JwtWorkbench />
      </Card>
      <AttackClasses />
      <HowItWorks>
        <p>{t.rich("how1", RICH)}</p>
        <p>
          {t.rich("how2", RICH)}
          <Link href="/jwt/dpop" className="underline">
            {t("how2Link")}
          </Link>
          {t.rich("how2End", RICH)}
        </p>
        <p>{t.rich("how3", RICH)}</p>
        <p>{t.rich("how4", RICH)}</p>
      </HowItWorks>
    </div>
  );
}
