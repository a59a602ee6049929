import type { Metadata } from "next";
import Link from "next/link";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { IdentityCard } from "@/app/_components/identity-card";
import { Moment } from "@/app/_components/moment";
import { RICH } from "@/app/_components/rich";
import { Card, HowItWorks, Notice } from "@/app/_components/ui";
import { StepUpNote } from "@/app/_components/step-up-note";
import { judgeNow, tokenFreshness } from "@/lib/auth/step-up/step-up";
import { readAccessToken } from "@/lib/auth/credentials";
import { requireJwt } from "@/lib/auth/dal";
import { userFromClaims } from "@/lib/auth/jwt/validation";
import { clockOffsetSeconds } from "@/lib/auth/clock";
import { logoutAction, logoutOthersAction } from "./actions";
import { SilentRefresh } from "./refresh";
import { CustomClaimsForm } from "./components";
import { TokenCard } from "./evidence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jwtArea"))("pageTitle") };
}

export default async function JwtDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { header, claims, transport } = await requireJwt("/jwt");
  const { done, ended } = await searchParams;
  const t = await getTranslations("jwtArea");
  const now = await judgeNow();
  const freshness = tokenFreshness(claims, now);
  const user = userFromClaims(claims);
  // Only the size and the start of the signature are shown: the token itself is an HttpOnly
  // credential and must never be echoed to page scripts.
  const jar = await cookies();
  const token = readAccessToken(jar, await headers())?.token ?? "";
  const signature = token.split(".")[2] ?? "";
  return (
    <div className="space-y-6">
      <IdentityCard
        area="jwt"
        identity={{
          userId: user.id,
          displayName: user.displayName,
          role: user.role,
          issuedAt: claims.iat * 1000,
          expiresAt: claims.exp * 1000,
        }}
        names={{
          userId: "sub",
          displayName: "name",
          role: "role",
          issuedAt: "iat",
          expiresAt: "exp",
        }}
        readFrom={t("readFrom")}
        label={t("label")}
        moreFacts={[
          [
            t("authTime"),
            claims.auth_time === undefined ? (
              t("notRecorded")
            ) : (
              <Moment key="auth_time" value={claims.auth_time * 1000} now={now} />
            ),
          ],
          [t("arrivedVia"), t(`via.${transport}`)],
          [t("size"), t("bytes", { size: token.length })],
        ]}
        evidence={<TokenCard header={header} claims={claims} signature={signature} />}
        logout={logoutAction}
        now={now}
        notices={
          <>
            {done === "others" && (
              <Notice>{t("ended", { count: typeof ended === "string" ? ended : "0" })}</Notice>
            )}
            {transport === "cookie" && (
              <SilentRefresh
                exp={claims.exp}
                lifetimeSeconds={claims.exp - claims.iat}
                offsetSeconds={clockOffsetSeconds(jar)}
              />
            )}
          </>
        }
      />
      <Card title={t("claims.title")}>
        <p className="mb-3 text-sm text-slate-600">{t("claims.text")}</p>
        <CustomClaimsForm />
      </Card>
      <Card title={t("others.title")}>
        <p className="mb-3 text-sm" data-testid="step-up-note">
          <StepUpNote freshness={freshness} />
        </p>
        <form action={logoutOthersAction}>
          <button
            type="submit"
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            {t("others.submit")}
          </button>
        </form>
      </Card>
      <Card title={t("ticket.title")}>
        <p className="text-sm text-slate-600">
          {t("ticket.before")}
          <Link href="/jwt/pass" prefetch={false} className="underline">
            {t("ticket.pass")}
          </Link>
          {t("ticket.middle")}
          <Link href="/checkin" className="underline">
            {t("ticket.desk")}
          </Link>
          {t("ticket.after")}
        </p>
      </Card>
      <HowItWorks>
        <p>{t("how.verify")}</p>
        <p>{t.rich("how.revoke", RICH)}</p>
      </HowItWorks>
    </div>
  );
}
