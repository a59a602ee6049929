import type { Metadata } from "next";
import { Card, HowItWorks } from "@/app/_components/ui";
import { SignupForm } from "./components";

export const metadata: Metadata = { title: "Sign up" };

export default function SignupPage() {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Create an account</h1>
        <Card title="Your details">
          <SignupForm />
        </Card>
      </div>
      <HowItWorks>
        <p>
          One account works in both areas: sessions and JWTs are two ways of remembering a login,
          not two user databases.
        </p>
        <p>
          Your password is hashed with argon2id (19 MiB of memory, 2 passes) — deliberately slow, so
          a stolen database is slow to crack. It must be 8 to 256 characters, used exactly as typed,
          and not one of the most common passwords — nor one of them dressed up with capitals, a few
          digits or symbols at the end, or look-alikes such as @ for a and 0 for o: crackers try
          those next.
        </p>
      </HowItWorks>
    </div>
  );
}
