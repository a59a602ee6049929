import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RICH } from "@/app/_components/rich";
import { NeedsScript } from "@/app/_components/needs-script";
import { LoginScreen, type LoginSearchParams } from "@/app/_components/login-screen";
import { Card } from "@/app/_components/ui";
import { cookies } from "next/headers";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { safeNextPath } from "@/lib/auth/login/redirects";
import { clockOffsetSeconds } from "@/lib/auth/clock";
import { ResumeWithRefresh } from "../refresh";
import { loginAction } from "./actions";
import { ClientLoginForm } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login.pageTitle"))("jwt") };
}

export default async function JwtLoginPage({ searchParams }: { searchParams: LoginSearchParams }) {
  const params = await searchParams;
  const t = await getTranslations("login");
  // Sent here because the access token expired: the refresh token may still renew it — unless
  // the fast-forward clock is moved past a whole token lifetime, where a renewed token is born
  // expired (and the renewal would only send the browser back here). Then the password it is:
  // a login goes back to real time.
  const renewable = clockOffsetSeconds(await cookies()) < (await getJwtSettings()).accessTtlSeconds;
  const resume =
    params.reason === "ERR_JWT_EXPIRED" && renewable ? safeNextPath(params.next, "jwt") : null;
  return (
    <>
      {resume !== null && <ResumeWithRefresh next={resume} />}
      <LoginScreen
        area="jwt"
        action={loginAction}
        searchParams={searchParams}
        extra={
          <Card title={t("script.title")}>
            <p className="mb-3 text-sm text-slate-600">{t.rich("script.intro", RICH)}</p>
            <NeedsScript>{t("script.needsScript")}</NeedsScript>
            <ClientLoginForm variant="bearer" />
            <h3 className="mt-6 mb-2 font-semibold">{t("script.dpopTitle")}</h3>
            <p className="mb-3 text-sm text-slate-600">{t("script.dpopIntro")}</p>
            <ClientLoginForm variant="dpop" />
            <h3 className="mt-6 mb-2 font-semibold">{t("script.bffTitle")}</h3>
            <p className="mb-3 text-sm text-slate-600">{t.rich("script.bffIntro", RICH)}</p>
            <ClientLoginForm variant="bff" />
          </Card>
        }
      >
        <p>{t("how.jwt.signed")}</p>
        <p>{t.rich("how.jwt.cookie", RICH)}</p>
      </LoginScreen>
    </>
  );
}
