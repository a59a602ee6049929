import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { IdentityCard } from "@/app/_components/identity-card";
import { RICH } from "@/app/_components/rich";
import { HowItWorks } from "@/app/_components/ui";
import { readSealedSessionCookie } from "@/lib/auth/credentials";
import { requireSealed } from "@/lib/auth/dal";
import { judgeNow } from "@/lib/auth/step-up/step-up";
import { logoutAction } from "./actions";
import { SealCard } from "./evidence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sealedArea"))("pageTitle") };
}

export default async function SealedDashboardPage() {
  const { data, passwordId, expiresAt } = await requireSealed("/sealed");
  const t = await getTranslations("sealedArea");
  const now = await judgeNow();
  // Read to be measured only (SealCard): the seal is an HttpOnly credential.
  const seal = readSealedSessionCookie(await cookies()) ?? "";
  return (
    <div className="space-y-6">
      <IdentityCard
        area="sealed"
        identity={{
          userId: data.uid,
          displayName: data.name,
          role: data.role,
          issuedAt: data.iat * 1000,
          expiresAt: data.exp * 1000,
        }}
        names={{
          userId: "uid",
          displayName: "name",
          role: "role",
          issuedAt: "iat",
          expiresAt: "exp",
        }}
        readFrom={t("readFrom")}
        label={t("label")}
        evidence={
          <SealCard passwordId={passwordId} expiresAt={expiresAt} size={seal.length} now={now} />
        }
        logout={logoutAction}
        now={now}
      />
      <HowItWorks>
        <p>{t("how.unseal")}</p>
        <p>{t.rich("how.stateless", RICH)}</p>
      </HowItWorks>
    </div>
  );
}
