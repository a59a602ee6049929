import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, HowItWorks, Notice } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { adminOverview } from "@/lib/accounts/admin";
import { mayChangeServerWide, requireAdmin } from "@/lib/auth/dal";
import { canRestartServer } from "@/lib/lab/server-restart";
import { inVisitorLab } from "@/lib/auth/visitor-lab/labs";
import { config } from "@/config";
import { RestartServerButton } from "./components";
import { DoneNotice } from "./done-notice";
import { JwtSettingsCard } from "./jwt-settings";
import { SealSettingsCard } from "./seal-settings";
import { UsersCard } from "./users-card";
import { VisitorLabNotice } from "./visitor-lab-notice";
import { StepUpNote } from "@/app/_components/step-up-note";
import { judgeNow, sessionFreshness } from "@/lib/auth/step-up/step-up";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPage({ searchParams }: { searchParams: SearchParams }) {
  const { user: me, session } = await requireAdmin();
  const freshness = sessionFreshness(session, await judgeNow());
  const params = await searchParams;
  const { users, store } = await adminOverview();
  const editable = await mayChangeServerWide();
  const t = await getTranslations("admin");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm" data-testid="step-up-note">
        {t("sensitive")} <StepUpNote freshness={freshness} />
      </p>
      {!editable && (
        <Notice>
          <span data-testid="operator-only">{t("operatorOnly")}</span>
        </Notice>
      )}
      <VisitorLabNotice />
      <DoneNotice done={params.done} revoked={params.revoked} reason={params.reason} />
      {editable ? (
        <UsersCard users={users} me={me.id} />
      ) : (
        <Card title={t("users.title")}>
          <p className="text-sm" data-testid="admin-users-hidden">
            {t("users.hidden")}
          </p>
        </Card>
      )}
      <JwtSettingsCard editable={editable} />
      <SealSettingsCard editable={editable} />
      <Card title={t("store.title")}>
        <p className="text-sm" data-testid="admin-store">
          <code>SESSION_STORE={store.kind}</code>:{" "}
          {t("store.summary", {
            rows: store.rows,
            bytes: store.dataBytes,
            place: store.kind !== "sqlite" ? "ram" : store.diskBytes === null ? "lab" : "disk",
            disk: store.diskBytes ?? 0,
          })}
        </p>
        {!editable ? null : canRestartServer() ? (
          <RestartServerButton
            effect={t("restart.effect", {
              lab: inVisitorLab() ? "yes" : "no",
              store: config.session.store,
            })}
          />
        ) : (
          <p className="text-sm text-slate-600">{t.rich("store.noSupervisor", RICH)}</p>
        )}
      </Card>
      <HowItWorks>
        <p>{t.rich("how.state", RICH)}</p>
        <p>{t("how.rights")}</p>
      </HowItWorks>
    </div>
  );
}
