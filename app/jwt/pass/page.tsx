import type { Metadata } from "next";
import Link from "next/link";
import { AreaBadge, Card, Facts, HowItWorks, Notice, Time } from "@/app/_components/ui";
import { requireJwt } from "@/lib/auth/dal";
import { userFromClaims } from "@/lib/auth/jwt/validation";
import { issueCheckInPass } from "@/lib/pass/issue";
import { qrCode } from "@/lib/pass/qr";

export const metadata: Metadata = { title: "Check-in pass" };

/**
 * A JWT as a ticket (C30): issued to the logged-in user, shown as a QR code, checked at the door
 * by /checkin with the published keys only. The pass is not a login credential (its own `typ` and
 * `aud`), so showing it on the page is the point, not a leak.
 */
export default async function PassPage() {
  const { claims } = await requireJwt("/jwt/pass");
  const pass = await issueCheckInPass(userFromClaims(claims));
  const qr = pass.ok ? await qrCode(pass.token) : null;
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="jwt" /> Your check-in pass
      </h1>
      {pass.ok ? (
        <div className="grid gap-6 md:grid-cols-2">
          <Card title={pass.claims.evt}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL, nothing to optimise */}
            <img
              src={qr?.src ?? ""}
              alt="Check-in pass QR code"
              data-testid="pass-qr"
              width={qr?.size}
              height={qr?.size}
              className="mx-auto"
            />
            <p className="mt-3 text-center text-sm text-slate-600">
              Show this at the{" "}
              <Link href="/checkin" className="underline">
                check-in desk
              </Link>
              .
            </p>
          </Card>
          <Card title="What the QR code holds">
            <Facts
              label="Pass claims"
              items={[
                ["Holder (name)", pass.claims.name],
                ["User id (sub)", pass.claims.sub],
                ["Event (evt)", pass.claims.evt],
                ["Valid until (exp)", <Time key="exp" value={pass.claims.exp * 1000} />],
                ["Pass id (jti)", <code key="jti">{pass.claims.jti}</code>],
                ["Signing key (kid)", <code key="kid">{pass.kid}</code>],
                ["Size", `${pass.token.length} characters`],
              ]}
            />
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer">The pass as text</summary>
              <textarea
                readOnly
                aria-label="Pass token"
                value={pass.token}
                rows={6}
                className="mt-2 w-full rounded border border-slate-300 p-2 font-mono text-xs"
              />
            </details>
          </Card>
        </div>
      ) : (
        <Notice tone="warning">
          The server signs with HS256 right now: a shared secret that verifies also signs, so the
          door would need it and could then forge passes. An admin can switch to EdDSA or ES256 on
          the admin page.
        </Notice>
      )}
      <HowItWorks>
        <p>
          The pass is a JWT like your access token, but for a different audience (
          <code>aud: session-vs-jwt-lab:checkin</code>, <code>typ: checkin+jwt</code>): the API
          refuses it as a login, and the door refuses an access token as a pass.
        </p>
        <p>
          The door downloads the public keys once from <code>/.well-known/jwks.json</code>. From
          then on it checks every pass in the browser, signature and expiry, with no network and no
          database: a pass for a basement with no signal works. The price is the JWT&apos;s usual
          one — a pass cannot be recalled before <code>exp</code>, short of retiring its key, and a
          copy works as well as the original, so the desk remembers the pass ids it has admitted.
        </p>
      </HowItWorks>
    </div>
  );
}
