import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RICH } from "@/app/_components/rich";
import { AreaBadge, HowItWorks } from "@/app/_components/ui";
import { BearerDashboard } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bearerPage"))("pageTitle") };
}

/**
 * The localStorage variant of the JWT dashboard. The server cannot check anything for this page
 * itself — the credential is not sent with page loads — so the page asks the API from script,
 * and the API checks the Bearer token as always.
 */
export default async function BearerPage() {
  const t = await getTranslations("bearerPage");
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="jwt" /> {t("title")}
      </h1>
      <BearerDashboard />
      <HowItWorks>
        <p>{t.rich("how.stored", RICH)}</p>
        <p>{t("how.cookie")}</p>
      </HowItWorks>
    </div>
  );
}
