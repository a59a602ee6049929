import type { Metadata } from "next";
import { NeedsScript } from "@/app/_components/needs-script";
import { LoginForm } from "@/app/_components/login-form";
import { Card, HowItWorks } from "@/app/_components/ui";
import { getSealSettings } from "@/lib/auth/sealed/settings";
import { findSessionAuth, getSealedAuth, getJwtAuth } from "@/lib/auth/dal";
import { userFromClaims } from "@/lib/auth/jwt/validation";
import { STORE_UNAVAILABLE_MESSAGE } from "@/lib/http/responses";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { labAccountOf } from "@/lib/compare/lab-account";
import { logInBothAction } from "./actions";
import { LabAccountButton } from "./lab-account-button";
import { CompareBoard } from "./components";
import { config } from "@/config";
import { DEMO_USERS } from "@/lib/users/demo-users";

export const metadata: Metadata = { title: "Compare" };

/** Printed for steps 5 and 6 when run locally; on a hosted instance no page shows it. */
function demoAdminPassword(): string | null {
  if (config.lab.public) return null;
  return DEMO_USERS.find((user) => user.role === "admin")?.password ?? null;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const [session, sealed, jwt] = await Promise.all([
    findSessionAuth(),
    getSealedAuth(),
    getJwtAuth(),
  ]);
  const labAccount = labAccountOf(await cookies());
  const onLabAccount =
    labAccount !== null && session.ok && jwt.ok && session.user.id === labAccount;
  const labProblem = (await searchParams).lab_account;
  const t = await getTranslations("compare");
  const users = {
    session: session.ok ? `${session.user.displayName} (${session.user.role})` : null,
    sealed: sealed.ok ? `${sealed.data.name} (${sealed.data.role})` : null,
    jwt: jwt.ok ? `${userFromClaims(jwt.claims).displayName} (${jwt.claims.role})` : null,
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {!session.ok && session.reason === "store_unavailable" && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {STORE_UNAVAILABLE_MESSAGE} {t("storeAway")}
        </p>
      )}
      {(labProblem === "failed" || labProblem === "throttled") && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {labProblem === "throttled" ? t("labThrottled") : t("labFailed")}
        </p>
      )}
      {(users.session === null || users.sealed === null || users.jwt === null) && (
        <Card title={t("logInToAll")} id="card-log-in-to-all-three-areas">
          <LoginForm action={logInBothAction} next="/compare" />
          <div className="mt-4 text-sm">
            {t("orLabAccount")} <LabAccountButton />
          </div>
        </Card>
      )}
      <NeedsScript>{t("needsScript")}</NeedsScript>
      <CompareBoard
        users={users}
        onLabAccount={onLabAccount}
        cookieCacheSeconds={(await getSealSettings()).cookieCacheSeconds}
        demoAdminPassword={demoAdminPassword()}
      />
      <HowItWorks>
        <p>{t("howItWorks")}</p>
      </HowItWorks>
    </div>
  );
}
