import type { Metadata } from "next";
import { LoginScreen, type LoginSearchParams } from "@/app/_components/login-screen";
import { config } from "@/config";
import { loginAction } from "./actions";

export const metadata: Metadata = { title: "Sealed-cookie session login" };

export default function SealedLoginPage({ searchParams }: { searchParams: LoginSearchParams }) {
  const days = Math.round(config.sealed.ttlSeconds / 86_400);
  return (
    <LoginScreen area="sealed" action={loginAction} searchParams={searchParams}>
      <p>
        When you log in, the server checks your password (argon2id), then seals your whole session —
        user id, display name, role, when it was issued and when it ends — into the cookie with
        iron-session (encrypted and authenticated with a server password). This is the
        &quot;session&quot; most Next.js apps ship: iron-session, cookie-session, Auth.js with its
        <code> jwt</code> strategy.
      </p>
      <p>
        The server writes nothing down. Every request it unseals the cookie and believes what is
        inside until the sealed expiry ({days} days) — so, like a JWT and unlike the server-side
        session, nothing it does later (logout, a role change, a force logout) can reach a copy.
      </p>
    </LoginScreen>
  );
}
