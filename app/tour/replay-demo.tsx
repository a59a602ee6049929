"use client";
// Client component: the tour's "log out, then replay the copies", as the revocation-lag meter.

import { useTranslations } from "next-intl";
import { RevocationLagMeter } from "@/app/_components/revocation-lag/revocation-lag-meter";

const TOUR_EVENTS = ["logout"] as const;

/**
 * The whole lesson in one click, on copies made for the purpose: a throw-away account's logins
 * in all three mechanisms are copied, logged out for real, and replayed every second — so the
 * tour never logs the visitor out of the login the next steps use.
 */
export function ReplayDemo() {
  const t = useTranslations("revocationLag.tour");
  const tour = useTranslations("tour.ui");
  return (
    <div className="space-y-2 text-sm">
      <p>{t("lead")}</p>
      <p className="text-xs text-slate-600">{t("note")}</p>
      <RevocationLagMeter events={TOUR_EVENTS} labels={{ logout: tour("replay") }} />
    </div>
  );
}
