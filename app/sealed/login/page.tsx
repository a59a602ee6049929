import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginScreen, type LoginSearchParams } from "@/app/_components/login-screen";
import { RICH } from "@/app/_components/rich";
import { config } from "@/config";
import { loginAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login.pageTitle"))("sealed") };
}

export default async function SealedLoginPage({
  searchParams,
}: {
  searchParams: LoginSearchParams;
}) {
  const t = await getTranslations("login.how.sealed");
  const days = Math.round(config.sealed.ttlSeconds / 86_400);
  return (
    <LoginScreen area="sealed" action={loginAction} searchParams={searchParams}>
      <p>{t.rich("sealed", RICH)}</p>
      <p>{t("nothingKept", { days })}</p>
    </LoginScreen>
  );
}
