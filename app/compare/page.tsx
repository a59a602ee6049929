import type { Metadata } from "next";
import { NeedsScript } from "@/app/_components/needs-script";
import { LoginForm } from "@/app/_components/login-form";
import { Card, HowItWorks } from "@/app/_components/ui";
import { getSealSettings } from "@/lib/auth/sealed/settings";
import { findSessionAuth, getSealedAuth, getJwtAuth } from "@/lib/auth/dal";
import { userFromClaims } from "@/lib/auth/jwt/validation";
import { STORE_UNAVAILABLE_MESSAGE } from "@/lib/http/responses";
import { cookies } from "next/headers";
import { labAccountOf } from "@/lib/compare/lab-account";
import { logInBothAction } from "./actions";
import { LabAccountButton } from "./lab-account-button";
import { CompareBoard } from "./components";
import { config } from "@/config";
import { DEMO_USERS } from "@/lib/users/demo-users";

export const metadata: Metadata = { title: "Compare" };

/** Printed for steps 5 and 6 when run locally; on a hosted instance no page shows it. */
function demoAdminPassword(): string | null {
  if (config.lab.public) return null;
  return DEMO_USERS.find((user) => user.role === "admin")?.password ?? null;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const [session, sealed, jwt] = await Promise.all([
    findSessionAuth(),
    getSealedAuth(),
    getJwtAuth(),
  ]);
  const labAccount = labAccountOf(await cookies());
  const onLabAccount =
    labAccount !== null && session.ok && jwt.ok && session.user.id === labAccount;
  const labProblem = (await searchParams).lab_account;
  const users = {
    session: session.ok ? `${session.user.displayName} (${session.user.role})` : null,
    sealed: sealed.ok ? `${sealed.data.name} (${sealed.data.role})` : null,
    jwt: jwt.ok ? `${userFromClaims(jwt.claims).displayName} (${jwt.claims.role})` : null,
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Three mechanisms, side by side</h1>
      <p className="max-w-3xl text-slate-700">
        Log in to all three areas as the same user — the server-side session, the sealed-cookie
        (stateless) session and the JWT — then run each step on every mechanism at once and compare
        what happens. The columns show what each server keeps and each credential; the timeline
        shows what every request cost.
      </p>
      {!session.ok && session.reason === "store_unavailable" && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {STORE_UNAVAILABLE_MESSAGE} The JWT column still works: it keeps nothing on the server.
        </p>
      )}
      {(labProblem === "failed" || labProblem === "throttled") && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {labProblem === "throttled"
            ? "Too many accounts made from this address lately: a throw-away account is a sign-up like any other. Try again later."
            : "The throw-away account could not be logged in (the session store may be away); try again."}
        </p>
      )}
      {(users.session === null || users.sealed === null || users.jwt === null) && (
        <Card title="Log in to all three areas">
          <LoginForm action={logInBothAction} next="/compare" />
          <div className="mt-4 text-sm">
            Or, for steps 5 and 6 (they change the account): <LabAccountButton />
          </div>
        </Card>
      )}
      <NeedsScript>
        The compare steps need JavaScript: each button sends its requests from this page and shows
        both answers. Logging in (and the throw-away account) works without it.
      </NeedsScript>
      <CompareBoard
        users={users}
        onLabAccount={onLabAccount}
        cookieCacheSeconds={getSealSettings().cookieCacheSeconds}
        demoAdminPassword={demoAdminPassword()}
      />
      <HowItWorks>
        <p>
          Same user, same password, three mechanisms. The session area remembers the login on the
          server and looks it up on every request; the sealed-cookie area seals the whole session
          into the cookie and unseals it; the JWT area signs it into a token and checks the
          signature. Step 4 is the whole difference in one click: the server can forget a session it
          keeps, but not one it handed out — &quot;session&quot; names a mechanism, not a place.
        </p>
      </HowItWorks>
    </div>
  );
}
