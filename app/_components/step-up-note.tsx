import { useTranslations } from "next-intl";
import { RICH } from "@/app/_components/rich";
import type { Freshness } from "@/lib/auth/step-up/step-up";

const minutes = (seconds: number) => Math.floor(seconds / 60);

/** One sentence: how old this login is, and whether a sensitive action will ask for the password. */
export function StepUpNote({ freshness }: { freshness: Freshness }) {
  const t = useTranslations("stepUp");
  const { ageSeconds, maxAgeSeconds, fresh } = freshness;
  if (ageSeconds === null) return t.rich("unknown", RICH);
  const values = {
    ...RICH,
    age: minutes(ageSeconds),
    limit: minutes(maxAgeSeconds),
    left: Math.max(0, minutes(maxAgeSeconds - ageSeconds)),
  };
  return fresh ? t.rich("fresh", values) : t.rich("stale", values);
}
