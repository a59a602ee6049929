import { getTranslations } from "next-intl/server";
import { Card, Notice } from "@/app/_components/ui";
import { hasVisitorLabs, inVisitorLab, labsOverview } from "@/lib/auth/visitor-lab/labs";

/**
 * Hosted, the admin page says whose world its switches change: a visitor's admin changes their
 * own lab only; the operator, in the shared world, sees how many labs there are and their bounds.
 * Locally there is one world and nothing to say.
 */
export async function VisitorLabNotice() {
  const t = await getTranslations("admin.labs");
  if (!hasVisitorLabs()) return null;
  const labs = await labsOverview();
  if (inVisitorLab()) {
    return (
      <Notice>
        <span data-testid="visitor-lab-note">{t("own", { minutes: labs.idleMinutes })}</span>
      </Notice>
    );
  }
  return (
    <Card title={t("title")}>
      <p className="text-sm" data-testid="labs-overview">
        {t("overview", {
          count: labs.count,
          max: labs.max,
          idle: labs.idle,
          idleMinutes: labs.idleMinutes,
          perClient: labs.newPerClient,
          perHour: labs.newPerHour,
          accounts: labs.accountsPerLab,
        })}
      </p>
    </Card>
  );
}
