import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RICH } from "@/app/_components/rich";
import { AreaBadge, HowItWorks } from "@/app/_components/ui";
import { NeedsScript } from "@/app/_components/needs-script";
import { DpopDashboard } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dpopPage"))("pageTitle") };
}

/**
 * The DPoP variant of the JWT dashboard (RFC 9449). Like the localStorage variant, the page's
 * credential is not sent with page loads — the key that signs each proof lives in page script's
 * reach only — so the page asks the API from script, and the API checks token and proof.
 */
export default async function DpopPage() {
  const t = await getTranslations("dpopPage");
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="jwt" /> {t("title")}
      </h1>
      <NeedsScript>{t("needsScript")}</NeedsScript>
      <DpopDashboard />
      <HowItWorks>
        <p>{t.rich("how.key", RICH)}</p>
        <p>{t.rich("how.checks", RICH)}</p>
        <p>{t("how.buys")}</p>
      </HowItWorks>
    </div>
  );
}
