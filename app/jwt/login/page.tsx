import type { Metadata } from "next";
import { NeedsScript } from "@/app/_components/needs-script";
import { LoginScreen, type LoginSearchParams } from "@/app/_components/login-screen";
import { Card } from "@/app/_components/ui";
import { cookies } from "next/headers";
import { getJwtSettings } from "@/lib/auth/jwt/settings";
import { safeNextPath } from "@/lib/auth/login/redirects";
import { clockOffsetSeconds } from "@/lib/auth/clock";
import { ResumeWithRefresh } from "../refresh";
import { loginAction } from "./actions";
import { ClientLoginForm } from "./components";

export const metadata: Metadata = { title: "JWT login" };

export default async function JwtLoginPage({ searchParams }: { searchParams: LoginSearchParams }) {
  const params = await searchParams;
  // Sent here because the access token expired: the refresh token may still renew it — unless
  // the fast-forward clock is moved past a whole token lifetime, where a renewed token is born
  // expired (and the renewal would only send the browser back here). Then the password it is:
  // a login goes back to real time.
  const renewable = clockOffsetSeconds(await cookies()) < getJwtSettings().accessTtlSeconds;
  const resume =
    params.reason === "ERR_JWT_EXPIRED" && renewable ? safeNextPath(params.next, "jwt") : null;
  return (
    <>
      {resume !== null && <ResumeWithRefresh next={resume} />}
      <LoginScreen
        area="jwt"
        action={loginAction}
        searchParams={searchParams}
        extra={
          <Card title="Or keep the token in localStorage (risky)">
            <p className="mb-3 text-sm text-slate-600">
              The token is handed to page script, which sends it as an <code>Authorization</code>{" "}
              header. Any script in the page can then read it — see why on the next page.
            </p>
            <NeedsScript>
              This variant needs JavaScript: page script keeps the token in localStorage — the point
              of the lesson. The form above works without it.
            </NeedsScript>
            <ClientLoginForm variant="bearer" />
            <h3 className="mt-6 mb-2 font-semibold">Or bind the token to this browser (DPoP)</h3>
            <p className="mb-3 text-sm text-slate-600">
              The browser makes a key pair whose private half can never leave it, and signs a
              one-time proof with every request (RFC 9449). The token names that key: a copy of it
              is worthless anywhere else.
            </p>
            <ClientLoginForm variant="dpop" />
          </Card>
        }
      >
        <p>
          When you log in, the server checks your password (argon2id), then signs a short-lived JSON
          Web Token with its private key: your user id, name, role and an expiry. It also starts a
          refresh-token family — the one record it keeps, used only to renew the access token.
        </p>
        <p>
          Your browser receives the token in an HttpOnly cookie (the JSON API also returns it for{" "}
          <code>Authorization: Bearer</code>). Every request, the server checks the signature — no
          database needed — and trusts what the token says until it expires.
        </p>
      </LoginScreen>
    </>
  );
}
