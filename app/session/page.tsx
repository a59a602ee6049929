import type { Metadata } from "next";
import Link from "next/link";
import { LogoutButton } from "@/app/_components/logout-button";
import { AreaBadge, Card, Facts, HowItWorks, Notice, Time } from "@/app/_components/ui";
import { requireSession } from "@/lib/auth/dal";
import { config } from "@/config";
import { logoutAction } from "./actions";

export const metadata: Metadata = { title: "Session dashboard" };

export default async function SessionDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, session } = await requireSession("/session");
  const { reason } = await searchParams;
  return (
    <div className="space-y-6">
      {reason === "admin_only" && (
        <Notice tone="warning">
          The admin pages need the admin role — as the database says it now, not as any token
          remembers it.
        </Notice>
      )}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="flex items-center gap-2 text-2xl font-bold">
          <AreaBadge area="session" /> Hello, {user.displayName}
        </h1>
        <div className="flex gap-2">
          <Link
            href="/session/devices"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100"
          >
            Your devices
          </Link>
          <Link
            href="/account"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100"
          >
            Account
          </Link>
          <LogoutButton action={logoutAction} />
        </div>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Who you are (read from the database)">
          <Facts
            label="Your account"
            items={[
              ["User id", user.id],
              ["Username", user.username],
              ["Display name", user.displayName],
              ["Role", user.role],
            ]}
          />
        </Card>
        <Card title="The server-side record">
          <Facts
            label="Session record"
            items={[
              ["Id (SHA-256 of token)", <code key="id">{session.id.slice(0, 12)}…</code>],
              ["Created", <Time key="c" value={session.createdAt} />],
              ["Last seen", <Time key="l" value={session.lastSeenAt} />],
              ["Idle expiry", <Time key="i" value={session.idleExpiresAt} />],
              ["Absolute expiry", <Time key="a" value={session.expiresAt} />],
              ["Device", session.userAgent ?? "unknown"],
              ["IP", session.ip ?? "unknown"],
            ]}
          />
        </Card>
      </div>
      <HowItWorks>
        <p>
          This page knows who you are because the server looked your session up: your browser sent
          only a cookie holding a random token; the server hashed it and found the row above (once,
          in the proxy, which handed the answer to this page). Your name and role came from the{" "}
          <code>users</code> table, so a role change shows up on the very next request.
        </p>
        <p>
          Logging out deletes that row before answering. The cookie — or any copy of it — then
          points at nothing, and the server refuses it. The row also expires on its own: after{" "}
          {Math.round(config.session.idleTtlSeconds / 60)} minutes idle (each request slides it
          forward) or at its absolute expiry.
        </p>
      </HowItWorks>
    </div>
  );
}
