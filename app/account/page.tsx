import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RICH } from "@/app/_components/rich";
import { AreaBadge, Card, HowItWorks } from "@/app/_components/ui";
import { requireSession } from "@/lib/auth/dal";
import { PasswordForm } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const { user } = await requireSession("/account");
  const t = await getTranslations("account");
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="session" /> {t.rich("heading", { name: user.displayName, ...RICH })}
      </h1>
      <Card title={t("card")}>
        <PasswordForm />
      </Card>
      <HowItWorks>
        <p>{t("how.ends")}</p>
        <p>{t("how.jwt")}</p>
      </HowItWorks>
    </div>
  );
}
