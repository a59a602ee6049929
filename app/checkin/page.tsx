import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NeedsScript } from "@/app/_components/needs-script";
import { RICH } from "@/app/_components/rich";
import { Card, HowItWorks } from "@/app/_components/ui";
import { CheckInDesk } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin"))("title") };
}

/** The door of C30: a verifier that holds only the issuer's public keys. Public on purpose. */
export default async function CheckInPage() {
  const t = await getTranslations("checkin");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <NeedsScript>{t("needsScript")}</NeedsScript>
      <p className="max-w-3xl text-slate-700">
        {t("intro.before")}
        {/* No prefetch: the desk makes no request it does not need (and this page is protected). */}
        <Link href="/jwt/pass" prefetch={false} className="underline">
          {t("intro.link")}
        </Link>
        {t("intro.after")}
      </p>
      <Card title={t("card")}>
        <CheckInDesk />
      </Card>
      <HowItWorks>
        <p>{t.rich("how.offline", RICH)}</p>
        <p>{t.rich("how.limits", RICH)}</p>
      </HowItWorks>
    </div>
  );
}
