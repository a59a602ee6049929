import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginScreen, type LoginSearchParams } from "@/app/_components/login-screen";
import { RICH } from "@/app/_components/rich";
import { loginAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login.pageTitle"))("session") };
}

export default async function SessionLoginPage({
  searchParams,
}: {
  searchParams: LoginSearchParams;
}) {
  const t = await getTranslations("login.how.session");
  return (
    <LoginScreen area="session" action={loginAction} searchParams={searchParams}>
      <p>{t.rich("stored", RICH)}</p>
      <p>{t("cookie")}</p>
    </LoginScreen>
  );
}
