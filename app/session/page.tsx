import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IdentityCard } from "@/app/_components/identity-card";
import { RICH } from "@/app/_components/rich";
import { HowItWorks, Notice } from "@/app/_components/ui";
import { requireSession } from "@/lib/auth/dal";
import { judgeNow } from "@/lib/auth/step-up/step-up";
import { config } from "@/config";
import { logoutAction } from "./actions";
import { SessionRecordCard } from "./evidence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessionArea"))("pageTitle") };
}

export default async function SessionDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, session } = await requireSession("/session");
  const { reason } = await searchParams;
  const t = await getTranslations("sessionArea");
  const now = await judgeNow();
  return (
    <div className="space-y-6">
      <IdentityCard
        area="session"
        identity={{
          userId: user.id,
          displayName: user.displayName,
          role: user.role,
          issuedAt: session.createdAt,
          expiresAt: session.expiresAt,
        }}
        names={{
          userId: "users.id",
          displayName: "users.display_name",
          role: "users.role",
          issuedAt: "sessions.created_at",
          expiresAt: "sessions.expires_at",
        }}
        readFrom={t("readFrom")}
        label={t("label")}
        moreFacts={[[t("username"), user.username]]}
        evidence={<SessionRecordCard session={session} now={now} />}
        logout={logoutAction}
        links={[
          { href: "/session/devices", label: t("devices") },
          { href: "/account", label: t("account") },
        ]}
        notices={reason === "admin_only" && <Notice tone="warning">{t("adminOnly")}</Notice>}
        now={now}
      />
      <HowItWorks>
        <p>{t.rich("how.lookup", RICH)}</p>
        <p>
          {t.rich("how.logout", {
            ...RICH,
            minutes: Math.round(config.session.idleTtlSeconds / 60),
          })}
        </p>
      </HowItWorks>
    </div>
  );
}
