import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AreaBadge, Card, Facts, HowItWorks, Notice } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { formatMoment } from "@/app/_components/inspector/format";
import { requireJwt } from "@/lib/auth/dal";
import { userFromClaims } from "@/lib/auth/jwt/validation";
import { judgeNow } from "@/lib/auth/step-up/step-up";
import { issueCheckInPass } from "@/lib/pass/issue";
import { qrCode } from "@/lib/pass/qr";
import { PASS_AUDIENCE, PASS_TYPE } from "@/lib/pass/verify";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pass"))("title") };
}

/**
 * A JWT as a ticket (C30): issued to the logged-in user, shown as a QR code, checked at the door
 * by /checkin with the published keys only. The pass is not a login credential (its own `typ` and
 * `aud`), so showing it on the page is the point, not a leak.
 */
export default async function PassPage() {
  const { claims } = await requireJwt("/jwt/pass");
  const pass = await issueCheckInPass(userFromClaims(claims));
  const qr = pass.ok ? await qrCode(pass.token) : null;
  const t = await getTranslations("pass");
  const locale = await getLocale();
  const now = await judgeNow();
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="jwt" /> {t("heading")}
      </h1>
      {pass.ok ? (
        <div className="grid gap-6 md:grid-cols-2">
          <Card title={pass.claims.evt}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing to optimise */}
            <img
              src={qr?.src ?? ""}
              alt={t("qrAlt")}
              data-testid="pass-qr"
              width={qr?.size}
              height={qr?.size}
              className="mx-auto h-auto max-w-full"
            />
            <p className="mt-3 text-center text-sm text-slate-600">
              {t("show.before")}
              <Link href="/checkin" className="underline">
                {t("show.link")}
              </Link>
              {t("show.after")}
            </p>
          </Card>
          <Card title={t("card")}>
            <Facts
              label={t("claims")}
              items={[
                [t("holder"), pass.claims.name],
                [t("userId"), pass.claims.sub],
                [t("event"), pass.claims.evt],
                [
                  t("validUntil"),
                  <time key="exp" dateTime={new Date(pass.claims.exp * 1000).toISOString()}>
                    {formatMoment(pass.claims.exp * 1000, now, locale)}
                  </time>,
                ],
                [t("passId"), <code key="jti">{pass.claims.jti}</code>],
                [t("signingKey"), <code key="kid">{pass.kid}</code>],
                [t("size"), t("characters", { count: pass.token.length })],
              ]}
            />
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer">{t("asText")}</summary>
              <textarea
                readOnly
                aria-label={t("token")}
                value={pass.token}
                rows={6}
                className="mt-2 w-full rounded border border-slate-300 p-2 font-mono text-xs"
              />
            </details>
          </Card>
        </div>
      ) : (
        <Notice tone="warning">{t("hs256")}</Notice>
      )}
      <HowItWorks>
        <p>{t.rich("how.audience", { ...RICH, aud: PASS_AUDIENCE, typ: PASS_TYPE })}</p>
        <p>{t.rich("how.offline", RICH)}</p>
      </HowItWorks>
    </div>
  );
}
