import type { Metadata } from "next";
import Link from "next/link";
import { cookies, headers } from "next/headers";
import { IdentityCard } from "@/app/_components/identity-card";
import { Card, HowItWorks, Notice, Time } from "@/app/_components/ui";
import { StepUpNote } from "@/app/_components/step-up-note";
import { judgeNow, tokenFreshness } from "@/lib/auth/step-up/step-up";
import { readAccessToken, type JwtTransport } from "@/lib/auth/credentials";
import { requireJwt } from "@/lib/auth/dal";
import { userFromClaims } from "@/lib/auth/jwt/validation";
import { clockOffsetSeconds } from "@/lib/auth/clock";
import { logoutAction, logoutOthersAction } from "./actions";
import { SilentRefresh } from "./refresh";
import { CustomClaimsForm } from "./components";
import { TokenCard } from "./evidence";

export const metadata: Metadata = { title: "JWT dashboard" };

const arrivedVia: Record<JwtTransport, string> = {
  cookie: "HttpOnly cookie",
  bearer: "Authorization: Bearer header",
  dpop: "Authorization: DPoP header",
};

export default async function JwtDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { header, claims, transport } = await requireJwt("/jwt");
  const { done, ended } = await searchParams;
  const freshness = tokenFreshness(claims, await judgeNow());
  const user = userFromClaims(claims);
  // Only the size and the start of the signature are shown: the token itself is an HttpOnly
  // credential and must never be echoed to page scripts.
  const jar = await cookies();
  const token = readAccessToken(jar, await headers())?.token ?? "";
  const signature = token.split(".")[2] ?? "";
  return (
    <div className="space-y-6">
      <IdentityCard
        area="jwt"
        identity={{
          userId: user.id,
          displayName: user.displayName,
          role: user.role,
          issuedAt: claims.iat * 1000,
          expiresAt: claims.exp * 1000,
        }}
        names={{
          userId: "sub",
          displayName: "name",
          role: "role",
          issuedAt: "iat",
          expiresAt: "exp",
        }}
        readFrom="the token"
        label="Your claims"
        moreFacts={[
          [
            "Password typed (auth_time)",
            claims.auth_time === undefined ? (
              "not recorded"
            ) : (
              <Time key="auth_time" value={claims.auth_time * 1000} />
            ),
          ],
          ["Arrived via", arrivedVia[transport]],
          ["Token size", `${token.length} bytes`],
        ]}
        evidence={<TokenCard header={header} claims={claims} signature={signature} />}
        logout={logoutAction}
        notices={
          <>
            {done === "others" && (
              <Notice>
                Ended {typeof ended === "string" ? ended : "0"} other login(s): their refresh tokens
                are revoked, so they cannot renew. Access tokens they already hold work until they
                expire.
              </Notice>
            )}
            {transport === "cookie" && (
              <SilentRefresh
                exp={claims.exp}
                lifetimeSeconds={claims.exp - claims.iat}
                offsetSeconds={clockOffsetSeconds(jar)}
              />
            )}
          </>
        }
      />
      <Card title="Add claims to your token">
        <p className="mb-3 text-sm text-slate-600">
          Every claim makes the token bigger, and every request carries all of it. Past ~4096 bytes
          a browser refuses the cookie; a header has no such limit. And anything in a claim can be
          read by whoever holds the token.
        </p>
        <CustomClaimsForm />
      </Card>
      <Card title="Log out my other logins">
        <p className="mb-3 text-sm" data-testid="step-up-note">
          <StepUpNote freshness={freshness} />
        </p>
        <form action={logoutOthersAction}>
          <button
            type="submit"
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            Log out my other logins
          </button>
        </form>
      </Card>
      <Card title="A JWT as a ticket">
        <p className="text-sm text-slate-600">
          The same signing turns into an event pass: get{" "}
          <Link href="/jwt/pass" prefetch={false} className="underline">
            your check-in pass
          </Link>{" "}
          as a QR code, and check it at the{" "}
          <Link href="/checkin" className="underline">
            check-in desk
          </Link>{" "}
          — with the network off.
        </p>
      </Card>
      <HowItWorks>
        <p>
          This page knows who you are without asking the database: the server checked the
          token&apos;s Ed25519 signature with its public key and read the claims above. Anyone
          holding the token can decode them too — a JWT is signed, not encrypted.
        </p>
        <p>
          The server keeps nothing, so it cannot take the token back. Logging out clears your
          cookie, but a copy of the token taken before keeps working until <code>exp</code>. A role
          change is not seen until a new token is issued.
        </p>
      </HowItWorks>
    </div>
  );
}
