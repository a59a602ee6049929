import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RICH } from "@/app/_components/rich";
import { AreaBadge, HowItWorks } from "@/app/_components/ui";
import { getBffAuth } from "@/lib/auth/dal";
import { BffDashboard } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bffPage"))("pageTitle") };
}

/**
 * The backend-for-frontend variant of the JWT dashboard. The page itself holds nothing: its
 * script asks the BFF's API, which the BFF's session cookie opens (checked in the proxy and again
 * in the route), and the BFF calls the resource API with the token it keeps. The page asks the
 * DAL too, only to know whether there is a session to call for.
 */
export default async function BffPage() {
  const t = await getTranslations("bffPage");
  const auth = await getBffAuth();
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="jwt" /> {t("title")}
      </h1>
      <p className="max-w-3xl text-sm text-slate-700">{t.rich("intro", RICH)}</p>
      <BffDashboard hasSession={auth.ok} />
      <HowItWorks>
        <p>{t.rich("how.kept", RICH)}</p>
        <p>{t.rich("how.refresh", RICH)}</p>
        <p>{t.rich("how.cost", RICH)}</p>
        <p>
          {t.rich("how.learn", {
            ...RICH,
            learnBff: (chunks) => (
              <Link className="underline" href="/learn/backend-for-frontend">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </HowItWorks>
    </div>
  );
}
