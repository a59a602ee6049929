"use client";
// Client component: the admin password field and the two admin steps of the compare board.

import { useTranslations } from "next-intl";
import type { AdminStepResult } from "./requests";
import { AREAS, Outcome, Step } from "./step";
import { ClaimText } from "@/app/_components/claim-text";
import { LabAccountButton } from "./lab-account-button";

export function AdminSteps({
  password,
  setPassword,
  results,
  busy,
  onLabAccount,
  cookieCacheSeconds,
  demoAdminPassword,
  run,
}: {
  onLabAccount: boolean;
  cookieCacheSeconds: number;
  demoAdminPassword: string | null;
  password: string;
  setPassword: (value: string) => void;
  results: Record<string, AdminStepResult>;
  busy: boolean;
  run: (action: "logout" | "toggle_role") => () => void;
}) {
  const t = useTranslations("compare.admin");
  const outcome = (result: AdminStepResult | undefined) => {
    if (result === undefined) return null;
    const { after } = result;
    if (after === null) {
      return (
        <p role="alert" className="text-sm" data-testid="admin-step-refused">
          {result.admin}
        </p>
      );
    }
    return (
      <>
        <p className="text-sm">{t("done")}</p>
        {AREAS.map((area) => (
          <Outcome key={area} area={area}>
            <span data-testid={`${area}-after-admin`}>
              {after[area].status}
              {after[area].role ? t("role", { role: after[area].role }) : ""}
            </span>
          </Outcome>
        ))}
      </>
    );
  };
  return (
    <div className="space-y-4">
      {!onLabAccount && (
        <div
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="lab-account-needed"
        >
          <p>{t("needed")}</p>
          <LabAccountButton />
        </div>
      )}
      <label className="block text-sm">
        <span className="font-medium">{t("password")}</span>{" "}
        {demoAdminPassword === null ? (
          <span data-testid="admin-password-hosted">{t("hosted")}</span>
        ) : (
          t.rich("demo", {
            password: demoAdminPassword,
            code: (chunks) => <code translate="no">{chunks}</code>,
          })
        )}
        <input
          type="password"
          autoComplete="off"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className="mt-1 block w-full max-w-xs rounded-md border border-slate-300 px-3 py-1.5"
        />
      </label>
      <Step
        title={t("roleTitle")}
        action={t("roleAction")}
        busy={busy || !onLabAccount}
        onRun={run("toggle_role")}
      >
        {outcome(results.toggle_role)}
        <p className="text-sm text-slate-600">
          <ClaimText text={t("roleExplain")} />
        </p>
      </Step>
      <Step
        title={t("logoutTitle")}
        action={t("logoutAction")}
        busy={busy || !onLabAccount}
        onRun={run("logout")}
      >
        {outcome(results.logout)}
        <p className="text-sm text-slate-600">
          <ClaimText text={t("logoutExplain")} />
        </p>
        {cookieCacheSeconds > 0 && (
          <p className="text-sm text-amber-800" data-testid="cookie-cache-price">
            <ClaimText text={t("cachePrice", { seconds: cookieCacheSeconds })} />
          </p>
        )}
      </Step>
    </div>
  );
}
