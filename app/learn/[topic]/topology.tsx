import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DocsLink } from "@/app/_components/docs-link";
import { RICH } from "@/app/_components/rich";
import { ALIVE_WITHIN_MS } from "@/lib/lab/instances";
import { runningTopology } from "@/lib/learn/scaling";

/**
 * The scaling-out page's picture of what runs now, read on each view: the instances that wrote
 * their heartbeat lately (this one marked), the database and the session store — after the two
 * words a newcomer needs for it.
 */
export async function RunningTopology(): Promise<ReactNode> {
  const t = await getTranslations("topology.page");
  const { instances, database, sessionStore } = await runningTopology();
  return (
    <section aria-labelledby="running-topology" className="space-y-3">
      <h2 id="running-topology" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm">{t.rich("loadBalancer", RICH)}</p>
      <p className="text-sm">{t.rich("sharedStore", RICH)}</p>
      <div
        className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
        data-testid="topology"
        data-instances={instances.length}
        data-database={database}
        data-store={sessionStore}
      >
        <p>
          {t.rich("running", {
            ...RICH,
            count: instances.length,
            seconds: ALIVE_WITHIN_MS / 1000,
          })}
        </p>
        <ul aria-label={t("instances")} className="list-disc pl-5">
          {instances.map((instance) => (
            <li key={instance.name} data-answering={instance.answering}>
              <code translate="no">{instance.name}</code>
              {instance.answering && <> — {t("answering")}</>}
            </li>
          ))}
        </ul>
        <p>{t.rich("database", { ...RICH, kind: database })}</p>
        <p>{t.rich("store", { ...RICH, store: sessionStore })}</p>
      </div>
      <DocsLink page="deployment" />
    </section>
  );
}
