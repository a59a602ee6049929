import { useTranslations } from "next-intl";
import { RICH } from "@/app/_components/rich";
import type { Freshness } from "@/lib/auth/step-up/step-up";

const minutes = (seconds: number): number => Math.floor(seconds / 60);

/** One sentence: how old this login is, and whether a sensitive action will ask for the password. */
export function StepUpNote({ freshness }: { freshness: Freshness }) {
  const t = useTranslations("reauth.note");
  const { ageSeconds, maxAgeSeconds, fresh } = freshness;
  if (ageSeconds === null) return <>{t.rich("noTime", RICH)}</>;
  const values = {
    ...RICH,
    age: minutes(ageSeconds),
    left: Math.max(0, minutes(maxAgeSeconds - ageSeconds)),
    limit: minutes(maxAgeSeconds),
  };
  return <>{fresh ? t.rich("fresh", values) : t.rich("stale", values)}</>;
}
