import type { Metadata } from "next";
import { cookies } from "next/headers";
import { IdentityCard } from "@/app/_components/identity-card";
import { HowItWorks } from "@/app/_components/ui";
import { readSealedSessionCookie } from "@/lib/auth/credentials";
import { requireSealed } from "@/lib/auth/dal";
import { logoutAction } from "./actions";
import { SealCard } from "./evidence";

export const metadata: Metadata = { title: "Sealed-cookie session dashboard" };

export default async function SealedDashboardPage() {
  const { data, passwordId, expiresAt } = await requireSealed("/sealed");
  // Read to be measured only (SealCard): the seal is an HttpOnly credential.
  const seal = readSealedSessionCookie(await cookies()) ?? "";
  return (
    <div className="space-y-6">
      <IdentityCard
        area="sealed"
        identity={{
          userId: data.uid,
          displayName: data.name,
          role: data.role,
          issuedAt: data.iat * 1000,
          expiresAt: data.exp * 1000,
        }}
        names={{
          userId: "uid",
          displayName: "name",
          role: "role",
          issuedAt: "iat",
          expiresAt: "exp",
        }}
        readFrom="the seal"
        label="Inside the seal"
        evidence={<SealCard passwordId={passwordId} expiresAt={expiresAt} size={seal.length} />}
        logout={logoutAction}
      />
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
