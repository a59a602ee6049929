"use client";
// Client component: the admin password field and the two admin steps of the compare board.

import type { AdminStepResult } from "./requests";
import { AREAS, Outcome, Step } from "./step";
import { ClaimLink } from "@/app/_components/claim-text";
import { LabAccountButton } from "./lab-account-button";

export function AdminSteps({
  password,
  setPassword,
  results,
  busy,
  onLabAccount,
  cookieCacheSeconds,
  demoAdminPassword,
  run,
}: {
  onLabAccount: boolean;
  cookieCacheSeconds: number;
  demoAdminPassword: string | null;
  password: string;
  setPassword: (value: string) => void;
  results: Record<string, AdminStepResult>;
  busy: boolean;
  run: (action: "logout" | "toggle_role") => () => void;
}) {
  const outcome = (result: AdminStepResult | undefined) => {
    if (result === undefined) return null;
    const { after } = result;
    if (after === null) {
      return (
        <p role="alert" className="text-sm" data-testid="admin-step-refused">
          {result.admin}
        </p>
      );
    }
    return (
      <>
        <p className="text-sm">Admin: done. Then each area&apos;s next request:</p>
        {AREAS.map((area) => (
          <Outcome key={area} area={area}>
            <span data-testid={`${area}-after-admin`}>
              {after[area].status}
              {after[area].role ? `, role ${after[area].role}` : ""}
            </span>
          </Outcome>
        ))}
      </>
    );
  };
  return (
    <div className="space-y-4">
      {!onLabAccount && (
        <div
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="lab-account-needed"
        >
          <p>
            Steps 5 and 6 change the account you are logged in as, so they run only on a throw-away
            account of this browser — never on a shared demo user, which every visitor uses. It is
            deleted after two hours.
          </p>
          <LabAccountButton />
        </div>
      )}
      <label className="block text-sm">
        <span className="font-medium">Admin password</span>{" "}
        {demoAdminPassword === null ? (
          <span data-testid="admin-password-hosted">
            (an admin&apos;s: on this hosted instance no page shows the demo admin&apos;s password;
            run the lab on your own machine, where it is shown, to try these two steps)
          </span>
        ) : (
          <>
            (the demo admin&apos;s is <code>{demoAdminPassword}</code>)
          </>
        )}
        <input
          type="password"
          autoComplete="off"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className="mt-1 block w-full max-w-xs rounded-md border border-slate-300 px-3 py-1.5"
        />
      </label>
      <Step
        title="5. An admin changes this user's role"
        action="Change role"
        busy={busy || !onLabAccount}
        onRun={run("toggle_role")}
      >
        {outcome(results.toggle_role)}
        <p className="text-sm text-slate-600">
          The session area reads the role from the database on every request, so it sees the change
          at once (<ClaimLink id="C15" />
          ). The sealed cookie still carries the role it was sealed with (
          <ClaimLink id="C41" />
          ), and the JWT the role it was signed with until a new token is issued (
          <ClaimLink id="C27" />
          ): stale claims, twice.
        </p>
      </Step>
      <Step
        title="6. An admin logs this user out everywhere"
        action="Force logout"
        busy={busy || !onLabAccount}
        onRun={run("logout")}
      >
        {outcome(results.logout)}
        <p className="text-sm text-slate-600">
          The admin deletes the user&apos;s session records: the very next session request is
          refused (<ClaimLink id="C11" />
          ). The server has nothing to delete for the sealed cookie or the JWT: both keep working
          until they expire.
        </p>
        {cookieCacheSeconds > 0 && (
          <p className="text-sm text-amber-800" data-testid="cookie-cache-price">
            The session&apos;s cookie cache is on ({cookieCacheSeconds} s, admin page): a session
            request within that window is answered from a sealed copy of its last lookup, so the
            session keeps working for up to {cookieCacheSeconds} s after the force logout — the
            price of the lookups it saves (<ClaimLink id="C42" />
            ).
          </p>
        )}
      </Step>
    </div>
  );
}
