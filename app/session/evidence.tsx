import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Moment } from "@/app/_components/moment";
import { Card, Facts } from "@/app/_components/ui";
import type { SessionAuth } from "@/lib/auth/dal";

type Session = Extract<SessionAuth, { ok: true }>["session"];

/** The session's evidence: the row the server keeps, found by the hash of the cookie's token. */
export async function SessionRecordCard({
  session,
  now,
}: {
  session: Session;
  now: number;
}): Promise<ReactNode> {
  const t = await getTranslations("sessionArea.record");
  return (
    <Card title={t("title")}>
      <Facts
        label={t("label")}
        items={[
          [t("id"), <code key="id">{session.id.slice(0, 12)}…</code>],
          [t("lastSeen"), <Moment key="l" value={session.lastSeenAt} now={now} />],
          [t("idleExpiry"), <Moment key="i" value={session.idleExpiresAt} now={now} />],
          [
            t("device"),
            <code key="d" className="break-all" translate="no">
              {session.userAgent ?? t("unknown")}
            </code>,
          ],
          [t("ip"), session.ip ?? t("unknown")],
        ]}
      />
    </Card>
  );
}
