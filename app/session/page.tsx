import type { Metadata } from "next";
import { IdentityCard } from "@/app/_components/identity-card";
import { HowItWorks, Notice } from "@/app/_components/ui";
import { requireSession } from "@/lib/auth/dal";
import { config } from "@/config";
import { logoutAction } from "./actions";
import { SessionRecordCard } from "./evidence";

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
      <IdentityCard
        area="session"
        identity={{
          userId: user.id,
          displayName: user.displayName,
          role: user.role,
          issuedAt: session.createdAt,
          expiresAt: session.expiresAt,
        }}
        names={{
          userId: "users.id",
          displayName: "users.display_name",
          role: "users.role",
          issuedAt: "sessions.created_at",
          expiresAt: "sessions.expires_at",
        }}
        readFrom="the database"
        label="Your account"
        moreFacts={[["Username (users.username)", user.username]]}
        evidence={<SessionRecordCard session={session} />}
        logout={logoutAction}
        links={[
          { href: "/session/devices", label: "Your devices" },
          { href: "/account", label: "Account" },
        ]}
        notices={
          reason === "admin_only" && (
            <Notice tone="warning">
              The admin pages need the admin role — as the database says it now, not as any token
              remembers it.
            </Notice>
          )
        }
      />
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
          forward) or at its absolute expiry, <code>expires_at</code>.
        </p>
      </HowItWorks>
    </div>
  );
}
