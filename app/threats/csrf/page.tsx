import type { Metadata } from "next";
import { Card, Facts, HowItWorks, Notice, Time } from "@/app/_components/ui";
import { labOrigins } from "@/app/threats/lab-origins";
import { findAttempt, type Attempt, type LabCredential } from "@/lib/threats/csrf-bank";
import { CREDENTIAL_LABEL } from "@/lib/threats/csrf-labels";
import { ATTACKER_PAGE } from "@/lib/threats/sites";
import { CsrfAccount } from "./components";

export const metadata: Metadata = { title: "CSRF lab" };

function verdict(attempt: Attempt): { headline: string; tone: "info" | "warning" } {
  const via = CREDENTIAL_LABEL[attempt.credential];
  switch (attempt.outcome) {
    case "transferred":
      return {
        tone: "warning",
        headline: `The forged request worked: ${attempt.amount} coins went to ${attempt.to}. The browser attached the ${via} by itself.`,
      };
    case "no_credential":
      return {
        tone: "info",
        headline: `Refused (401): the ${via} did not come with the request, so it was anonymous.`,
      };
    case "cross_site_request":
      return {
        tone: "info",
        headline:
          "Refused (403): the credential arrived, but the server saw the request came from another site (Origin / Sec-Fetch-Site) and refused it.",
      };
    case "insufficient_funds":
      return { tone: "info", headline: "Refused (409): not enough coins left." };
  }
}

function AttemptResult({ attempt }: { attempt: Attempt }) {
  const { headline, tone } = verdict(attempt);
  const arrived = (Object.keys(CREDENTIAL_LABEL) as LabCredential[]).filter(
    (c) => attempt.arrived[c],
  );
  return (
    <Card title="What the server saw" id="result">
      <div className="space-y-3" data-testid="csrf-result" data-outcome={attempt.outcome}>
        <Notice tone={tone}>{headline}</Notice>
        <Facts
          label="The request"
          items={[
            ["At", <Time key="at" value={attempt.at} />],
            ["Asked for", `${attempt.amount} coins to ${attempt.to}`],
            ["Authenticated by", CREDENTIAL_LABEL[attempt.credential]],
            ["Server check", attempt.defence === "origin" ? "Origin / Sec-Fetch-Site" : "none"],
            ["Origin header", attempt.origin ?? "(absent)"],
            ["Sec-Fetch-Site header", attempt.secFetchSite ?? "(absent)"],
            [
              "Credentials that arrived",
              arrived.length === 0 ? "none" : arrived.map((c) => CREDENTIAL_LABEL[c]).join(", "),
            ],
            ["Outcome", attempt.outcome],
            ["Balance after", attempt.balanceAfter ?? "(no account identified)"],
          ]}
        />
      </div>
    </Card>
  );
}

export default async function CsrfLabPage({
  searchParams,
}: {
  searchParams: Promise<{ attempt?: string | string[] }>;
}) {
  const { attempt: attemptId } = await searchParams;
  const attempt = typeof attemptId === "string" ? findAttempt(attemptId) : null;
  const { self, twin } = await labOrigins();
  const attackUrl =
    self !== null && twin !== null
      ? `${twin}${ATTACKER_PAGE}?target=${encodeURIComponent(self)}`
      : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">CSRF: a cross-site form rides on a cookie</h1>
      <p className="max-w-3xl text-slate-700">
        A browser attaches a site&apos;s cookies to requests <em>to</em> that site, whoever made the
        page that sends them. Open a toy bank account here, then let another site submit a form to
        it and see which credentials your browser sends along.
      </p>
      {attempt && <AttemptResult attempt={attempt} />}
      {typeof attemptId === "string" && attempt === null && (
        <Notice tone="warning">
          That attempt is not on record (the server may have restarted).
        </Notice>
      )}
      <Card title="Your demo bank account">
        <CsrfAccount attackUrl={attackUrl} />
        {attackUrl === null && (
          <div className="mt-3">
            <Notice tone="warning">
              The attacker&apos;s site is this server under its other loopback name. Open the lab at{" "}
              <code>http://localhost:PORT/threats/csrf</code> or{" "}
              <code>http://127.0.0.1:PORT/threats/csrf</code> to run it.
            </Notice>
          </div>
        )}
      </Card>
      <HowItWorks>
        <p>
          Opening the account sets three cookies holding the same token, differing only in{" "}
          <code>SameSite</code>, and gives this page a Bearer token for script. The attacker&apos;s
          page is this same server reached as {twin ?? "its twin name"}: to the browser{" "}
          <code>localhost</code> and <code>127.0.0.1</code> are different sites (the port does not
          count), which is all CSRF needs.
        </p>
        <p>
          <strong>SameSite=None</strong> goes with every request, cross-site form posts included:
          the attack works unless the server checks where the request came from.{" "}
          <strong>Lax</strong> (the browsers&apos; default, and this app&apos;s session and JWT
          cookies) goes with cross-site top-level <em>GET</em> navigations only, so never with a
          forged POST; <strong>Strict</strong> never leaves the site at all (the app&apos;s refresh
          token).
        </p>
        <p>
          <strong>The server&apos;s check</strong> is the second layer the app applies to every
          state change a cookie authenticates: browsers label a request with <code>Origin</code> and{" "}
          <code>Sec-Fetch-Site</code>, which a page cannot forge, so a request marked as coming from
          another site is refused (403) even when the cookie came. Its JSON APIs also require{" "}
          <code>application/json</code>, which a plain form cannot send.
        </p>
        <p>
          <strong>A Bearer header</strong> is added by script, never by the browser, so a forged
          form arrives without it: no CSRF. The price is that script can read the token — see the{" "}
          <a className="underline" href="/jwt/bearer">
            localStorage variant&apos;s XSS demo
          </a>
          .
        </p>
        <p>
          The transfer endpoint is the lab&apos;s one deliberately exposed state change: it accepts
          forms from anywhere and moves only toy coins, kept in memory for an hour.
        </p>
      </HowItWorks>
    </div>
  );
}
