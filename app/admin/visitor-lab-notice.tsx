import { Card, Notice } from "@/app/_components/ui";
import { hasVisitorLabs, inVisitorLab, labsOverview } from "@/lib/auth/visitor-lab/labs";

/**
 * Hosted, the admin page says whose world its switches change: a visitor's admin changes their
 * own lab only; the operator, in the shared world, sees how many labs there are and their bounds.
 * Locally there is one world and nothing to say.
 */
export function VisitorLabNotice() {
  if (!hasVisitorLabs()) return null;
  const labs = labsOverview();
  if (inVisitorLab()) {
    return (
      <Notice>
        <span data-testid="visitor-lab-note">
          You are working in your own lab on this shared site: every switch below — users, JWT and
          seal settings, keys, the restart — changes your lab and no one else&apos;s. It is deleted
          with everything in it after {labs.idleMinutes} minutes without a request, or when you
          press Start over.
        </span>
      </Notice>
    );
  }
  return (
    <Card title="Visitor labs">
      <p className="text-sm" data-testid="labs-overview">
        {labs.count} of at most {labs.max} labs open ({labs.idle} unused for 10 minutes or more, the
        first to make room). A lab is deleted after {labs.idleMinutes} idle minutes; at most{" "}
        {labs.newPerClient} new labs per client address per 10 minutes and {labs.newPerHour} in all
        per hour; each lab may add {labs.accountsPerLab} accounts to its demo ones.
      </p>
    </Card>
  );
}
