import type { ReactNode } from "react";
import { Card, Facts, Time } from "@/app/_components/ui";
import type { SessionAuth } from "@/lib/auth/dal";

type Session = Extract<SessionAuth, { ok: true }>["session"];

/** The session's evidence: the row the server keeps, found by the hash of the cookie's token. */
export function SessionRecordCard({ session }: { session: Session }): ReactNode {
  return (
    <Card title="The server-side record">
      <Facts
        label="Session record"
        items={[
          ["Id (SHA-256 of token)", <code key="id">{session.id.slice(0, 12)}…</code>],
          ["Last seen", <Time key="l" value={session.lastSeenAt} />],
          ["Idle expiry", <Time key="i" value={session.idleExpiresAt} />],
          ["Device", session.userAgent ?? "unknown"],
          ["IP", session.ip ?? "unknown"],
        ]}
      />
    </Card>
  );
}
