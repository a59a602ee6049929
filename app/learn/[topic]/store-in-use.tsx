import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RICH } from "@/app/_components/rich";
import { JWT_CHANGE_REACH_SECONDS, storeInUse } from "@/lib/learn/scaling";

/**
 * The scaling-out page's evidence: the session store this server runs now (not the one a
 * sentence assumes), what a second instance could share of it, and the two-instance runs of the
 * end-to-end tests, in the words of what they check.
 */
export async function StoreInUseNow(): Promise<ReactNode> {
  const t = await getTranslations("learn.scaling");
  const store = await storeInUse();
  const runs = t.raw("runs") as string[];
  return (
    <section aria-labelledby="store-in-use" className="space-y-3">
      <h2 id="store-in-use" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
        data-testid="store-in-use"
        data-store={store.kind}
      >
        <p>{t.rich("store", { ...RICH, kind: store.kind, database: store.database })}</p>
        <p>
          {store.sessions === null ? t("unreachable") : t("sessions", { count: store.sessions })}
        </p>
        <p>{t.rich(`reach.${store.reach}`, RICH)}</p>
      </div>
      <h3 className="font-semibold">{t("twoTitle")}</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="two-instances">
        {runs.map((_, i) => (
          <li key={i}>{t.rich(`runs.${i}`, { ...RICH, seconds: JWT_CHANGE_REACH_SECONDS })}</li>
        ))}
      </ul>
    </section>
  );
}
