import type { Metadata } from "next";
import { LoginScreen, type LoginSearchParams } from "@/app/_components/login-screen";
import { Card } from "@/app/_components/ui";
import { loginAction } from "./actions";
import { BearerLoginForm } from "./components";

export const metadata: Metadata = { title: "JWT login" };

export default function JwtLoginPage({ searchParams }: { searchParams: LoginSearchParams }) {
  return (
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
          <BearerLoginForm />
        </Card>
      }
    >
      <p>
        When you log in, the server checks your password (argon2id), then signs a JSON Web Token
        with its Ed25519 private key: your user id, name, role and an expiry. Nothing is stored on
        the server.
      </p>
      <p>
        Your browser receives the token in an HttpOnly cookie (the JSON API also returns it for{" "}
        <code>Authorization: Bearer</code>). Every request, the server checks the signature — no
        database needed — and trusts what the token says until it expires.
      </p>
    </LoginScreen>
  );
}
