import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, HowItWorks } from "@/app/_components/ui";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/accounts";
import { SignupForm } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signup"))("title") };
}

export default async function SignupPage() {
  const t = await getTranslations("signup");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <Card title={t("card")}>
          <SignupForm />
        </Card>
      </div>
      <HowItWorks>
        <p>{t("how.oneAccount")}</p>
        <p>{t("how.hashed", { min: PASSWORD_MIN, max: PASSWORD_MAX })}</p>
      </HowItWorks>
    </div>
  );
}
