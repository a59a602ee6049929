import type { Metadata } from "next";
import { Card, HowItWorks, Notice } from "@/app/_components/ui";
import { adminOverview } from "@/lib/accounts/admin";
import { mayChangeServerWide, requireAdmin } from "@/lib/auth/dal";
import { canRestartServer, restartEffect } from "@/lib/lab/server-restart";
import { RestartServerButton } from "./components";
import { JwtSettingsCard } from "./jwt-settings";
import { SealSettingsCard } from "./seal-settings";
import { UsersCard } from "./users-card";
import { VisitorLabNotice } from "./visitor-lab-notice";
import { ClaimText } from "@/app/_components/claim-text";
import { StepUpNote } from "@/app/_components/step-up-note";
import { judgeNow, sessionFreshness } from "@/lib/auth/step-up/step-up";

export const metadata: Metadata = { title: "Admin" };

const DONE: Record<string, (revoked: string) => string> = {
  logout: (n) =>
    `Force logout: ${n} session(s) deleted. That user's next request is refused (C11).`,
  role: () =>
    "Role changed. Session requests see it on the very next request (C15); a JWT keeps its old role claim until it is re-issued (C27).",
  disabled: (n) =>
    `Account disabled: ${n} session(s) deleted, logins refused. Its JWTs stay valid until they expire.`,
  enabled: () => "Account enabled: the user can log in again.",
  error: () => "Nothing changed.",
  jwt_saved: () => "JWT settings saved: they apply to the next token issued and the next request.",
  jwt_invalid: () => "Those JWT settings are not valid (access lifetime: 10 to 86400 seconds).",
  key_rotated: () => "New current signing key. Tokens signed by the previous key still verify.",
  key_retired: () => "Key retired: every token it signed now fails verification (C24).",
  seal_rotated: () =>
    "New seal password: new sealed cookies use it; cookies sealed before still unseal.",
  seal_retired: () =>
    "Seal password removed: every sealed-cookie session sealed with it is over, at once.",
  cache_saved: () =>
    "Cookie cache saved: it applies from the next lookup of each session (0 = every request looks up).",
  cache_invalid: () => "The cookie cache must be 0 to 300 seconds.",
};

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user: me, session } = await requireAdmin();
  const freshness = sessionFreshness(session, await judgeNow());
  const params = await searchParams;
  const done = typeof params.done === "string" ? DONE[params.done] : undefined;
  const revoked = typeof params.revoked === "string" ? params.revoked : "0";
  const { users, store } = await adminOverview();
  const editable = await mayChangeServerWide();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Admin</h1>
      <p className="text-sm" data-testid="step-up-note">
        Every change here is sensitive: it grants privilege, ends someone&apos;s login, changes keys
        or decides how long a revoked login still works. <StepUpNote freshness={freshness} />
      </p>
      {!editable && (
        <Notice>
          <span data-testid="operator-only">
            This instance is hosted for many visitors, so what changes things for all of them —
            these settings, the keys, other people&apos;s accounts, the restart — belongs to its
            operator alone: you see it read-only.
          </span>
        </Notice>
      )}
      <VisitorLabNotice />
      {done && (
        <Notice>
          <ClaimText text={done(revoked)} />{" "}
          {params.reason ? <code>({String(params.reason)})</code> : null}
        </Notice>
      )}
      {editable ? (
        <UsersCard users={users} me={me.id} />
      ) : (
        <Card title="Users">
          <p className="text-sm" data-testid="admin-users-hidden">
            The accounts here are other visitors&apos;: their names and devices are for the
            operator&apos;s eyes only.
          </p>
        </Card>
      )}
      <JwtSettingsCard editable={editable} />
      <SealSettingsCard editable={editable} />
      <Card title="The session store">
        <p className="text-sm" data-testid="admin-store">
          <code>SESSION_STORE={store.kind}</code>: {store.rows} sessions, {store.dataBytes} bytes{" "}
          {store.kind !== "sqlite"
            ? "in RAM"
            : store.diskBytes === null
              ? "of data (your lab's share of the one SQLite file)"
              : `of data (${store.diskBytes} bytes on disk with indexes)`}
          . The JWT area stores nothing per user.
        </p>
        {!editable ? null : canRestartServer() ? (
          <RestartServerButton effect={restartEffect()} />
        ) : (
          <p className="text-sm text-slate-600">
            Started without <code>npm start</code>&apos;s supervisor, this server cannot restart
            itself: stop and start it by hand to see what the store keeps.
          </p>
        )}
      </Card>
      <HowItWorks>
        <p>
          Every action here changes the server&apos;s state: the session area reads that state on
          every request, so a force logout or a role change is seen at once. The JWT area checks
          only signatures: a token issued before the change keeps its claims — and keeps working —
          until its <code>exp</code>.
        </p>
        <p>
          Admin rights themselves come from your session, so a demoted admin loses them on the next
          click.
        </p>
      </HowItWorks>
    </div>
  );
}
