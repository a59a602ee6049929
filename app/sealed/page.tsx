import type { Metadata } from "next";
import { cookies } from "next/headers";
import { LogoutButton } from "@/app/_components/logout-button";
import { AreaBadge, Card, Facts, HowItWorks, Time } from "@/app/_components/ui";
import { readSealedSessionCookie } from "@/lib/auth/credentials";
import { requireSealed } from "@/lib/auth/dal";
import { config } from "@/config";
import { logoutAction } from "./actions";

export const metadata: Metadata = { title: "Sealed-cookie session dashboard" };

export default async function SealedDashboardPage() {
  const { data, passwordId, expiresAt } = await requireSealed("/sealed");
  // Only its size: the seal is an HttpOnly credential, never echoed (not even in part).
  const seal = readSealedSessionCookie(await cookies()) ?? "";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="flex items-center gap-2 text-2xl font-bold">
          <AreaBadge area="sealed" /> Hello, {data.name}
        </h1>
        <LogoutButton action={logoutAction} />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Who you are (read from the seal)">
          <Facts
            label="Inside the seal"
            items={[
              ["User id (uid)", data.uid],
              ["Display name (name)", data.name],
              ["Role (role)", data.role],
              ["Issued (iat)", <Time key="iat" value={data.iat * 1000} />],
              ["Expires (exp)", <Time key="exp" value={data.exp * 1000} />],
            ]}
          />
        </Card>
        <Card title="The cookie itself">
          <Facts
            label="The seal"
            items={[
              // Only the parts iron-session leaves in the clear: the seal itself is a credential.
              ["Format", <code key="f">Fe26.2*{passwordId}*…~2 (iron-session)</code>],
              ["Size", `${seal.length} bytes`],
              ["Sealed with password id", passwordId],
              ["Seal expires", <Time key="e" value={expiresAt} />],
              ["ttl", `${config.sealed.ttlSeconds} s`],
              ["Cookie Max-Age (ttl − 60 s)", `${config.sealed.cookieMaxAgeSeconds} s`],
              ["Kept on the server", "nothing"],
            ]}
          />
        </Card>
      </div>
      <HowItWorks>
        <p>
          This page knows who you are without asking the database: the server unsealed your cookie
          (AES-256-CBC, then HMAC-SHA-256 checked with its password) and read the session inside.
          Unlike a JWT, nobody else can read it — it is encrypted, closer to a JWE than to a signed
          token. Unlike the server-side session, the server wrote nothing down.
        </p>
        <p>
          &quot;Session&quot; names a mechanism, not a place: this is a <em>stateless</em> session.
          Logging out clears your cookie, but a copy taken before still unseals and works until its
          sealed expiry; a role change is not seen until you log in again; an admin&apos;s force
          logout has nothing to delete. The one way to end every such session at once is to remove
          the password they were sealed with (admin page) — everyone is logged out, like retiring a
          JWT signing key.
        </p>
      </HowItWorks>
    </div>
  );
}
