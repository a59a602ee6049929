import type { Metadata } from "next";
import { LoginScreen, type LoginSearchParams } from "@/app/_components/login-screen";
import { loginAction } from "./actions";

export const metadata: Metadata = { title: "Session login" };

export default function SessionLoginPage({ searchParams }: { searchParams: LoginSearchParams }) {
  return (
    <LoginScreen area="session" action={loginAction} searchParams={searchParams}>
      <p>
        When you log in, the server checks your password (argon2id), creates a random 256-bit
        session token and stores only its SHA-256 hash in the <code>sessions</code> table, with your
        user id and expiry times.
      </p>
      <p>
        Your browser receives the token itself in an HttpOnly cookie. It holds nothing about you and
        needs no encryption: every request, the server hashes it and looks it up to learn who you
        are, and a forged or guessed token is simply not found.
      </p>
    </LoginScreen>
  );
}
