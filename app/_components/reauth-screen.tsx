import { useTranslations } from "next-intl";
import { AreaBadge, Card, HowItWorks } from "@/app/_components/ui";
import { ReauthForm } from "@/app/_components/reauth-form";
import { RICH } from "@/app/_components/rich";
import type { ReauthState } from "@/lib/http/reauth-form";
import type { Freshness } from "@/lib/auth/step-up/step-up";

const minutes = (seconds: number): number => Math.floor(seconds / 60);

/** The re-authentication page of either area: why the password is asked, and the form. */
export function ReauthScreen({
  area,
  next,
  freshness,
  action,
}: {
  area: "session" | "jwt";
  next: string;
  freshness: Freshness;
  action: (previous: ReauthState, formData: FormData) => Promise<ReauthState>;
}) {
  const t = useTranslations("reauth");
  const { ageSeconds, maxAgeSeconds } = freshness;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area={area} /> {t("title")}
      </h1>
      <Card title={t("card")}>
        <p className="mb-4 text-sm" data-testid="reauth-reason">
          {ageSeconds === null ? t("noTime") : t("typedAgo", { minutes: minutes(ageSeconds) })}{" "}
          {t.rich("sensitive", { ...RICH, minutes: minutes(maxAgeSeconds) })}
        </p>
        <ReauthForm action={action} next={next} />
      </Card>
      <HowItWorks>
        <p>{t.rich(`how.${area}`, RICH)}</p>
      </HowItWorks>
    </div>
  );
}
