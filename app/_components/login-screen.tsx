import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RICH } from "@/app/_components/rich";
import { explainReason } from "@/lib/ui/reasons";
import { DemoUsers } from "@/app/_components/demo-users";
import { LoginForm } from "@/app/_components/login-form";
import { AreaBadge, Card, HowItWorks, Notice } from "@/app/_components/ui";
import type { LoginFormState } from "@/lib/http/login-form";
import { safeNextPath } from "@/lib/auth/login/redirects";
import type { AuthArea } from "@/config";

export type LoginSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The login page of either area: the form, the demo users, and what logging in will do. */
export async function LoginScreen({
  area,
  action,
  searchParams,
  extra,
  children,
}: {
  area: AuthArea;
  action: (state: LoginFormState, formData: FormData) => Promise<LoginFormState>;
  searchParams: LoginSearchParams;
  /** Anything else the area offers next to the form (the JWT area's localStorage variant). */
  extra?: ReactNode;
  children: ReactNode;
}) {
  const params = await searchParams;
  const t = await getTranslations("login");
  const next = safeNextPath(params.next, area);
  const reason = typeof params.reason === "string" ? params.reason : null;
  // A reason code says why this page was reached: its words, and the code itself to look up.
  const explanation = reason === null ? null : explainReason(reason, await getLocale());
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="space-y-4">
        <h1 className="flex items-center gap-2 text-2xl font-bold">
          <AreaBadge area={area} /> {t("title")}
        </h1>
        {explanation && reason === "no_credential" ? (
          // The first visit, not an error: say what it means and offer the way in.
          <p className="text-sm text-slate-700">
            {t.rich("firstVisit", {
              ...RICH,
              explanation,
              tour: (chunks) => (
                <Link href="/tour" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : (
          explanation && (
            <Notice>
              {explanation} <code className="text-xs">({reason})</code>
            </Notice>
          )
        )}
        {params.registered === "1" && <Notice>{t("registered")}</Notice>}
        <Card title={t("credentials")} id="card-your-credentials">
          <LoginForm action={action} next={next} />
        </Card>
        {extra}
      </div>
      <div className="space-y-4">
        <Card title={t("demo")} id="card-try-a-demo-account">
          <DemoUsers />
        </Card>
        <HowItWorks>{children}</HowItWorks>
      </div>
    </div>
  );
}
