import { AreaBadge, Card, HowItWorks } from "@/app/_components/ui";
import { ReauthForm } from "@/app/_components/reauth-form";
import { Term } from "@/app/_components/term";
import type { ReauthState } from "@/lib/http/reauth-form";
import type { Freshness } from "@/lib/auth/step-up/step-up";

function minutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${m} minute${m === 1 ? "" : "s"}`;
}

/** The re-authentication page of either area: why the password is asked, and the form. */
export function ReauthScreen({
  area,
  next,
  freshness,
  action,
}: {
  area: "session" | "jwt";
  next: string;
  freshness: Freshness;
  action: (previous: ReauthState, formData: FormData) => Promise<ReauthState>;
}) {
  const { ageSeconds, maxAgeSeconds } = freshness;
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area={area} /> Confirm it is you
      </h1>
      <Card title="Type your password again">
        <p className="mb-4 text-sm" data-testid="reauth-reason">
          {ageSeconds === null
            ? "This login does not say when your password was typed. "
            : `You typed your password ${minutes(ageSeconds)} ago. `}
          What you asked for is sensitive: it needs a login no older than {minutes(maxAgeSeconds)} (
          <Term id="step-up">fresh authentication</Term>). You will be taken back to it.
        </p>
        <ReauthForm action={action} next={next} />
      </Card>
      <HowItWorks>
        {area === "session" ? (
          <p>
            Your password starts a fresh session: a new record and a new cookie, whose creation is
            the new time of authentication. The old token is gone, as after any login.
          </p>
        ) : (
          <p>
            Your password starts a fresh login: a new access token whose{" "}
            <Term id="auth-time">auth_time</Term> is now, and a new refresh family (the old one
            ends). Refreshing never moves <code>auth_time</code>: a new access token is not a new
            login.
          </p>
        )}
      </HowItWorks>
    </div>
  );
}
