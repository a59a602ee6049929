import type { Metadata } from "next";
import { AreaBadge, Card, HowItWorks } from "@/app/_components/ui";
import { requireSession } from "@/lib/auth/dal";
import { PasswordForm } from "./components";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const { user } = await requireSession("/account");
  return (
    <div className="space-y-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold">
        <AreaBadge area="session" /> {user.displayName}&apos;s account
      </h1>
      <Card title="Change your password">
        <PasswordForm />
      </Card>
      <HowItWorks>
        <p>
          Changing the password ends your other sessions (their records are deleted) and replaces
          this one with a new session and a new cookie: anyone holding an old cookie, or who knew
          the old password, is out.
        </p>
        <p>
          Tokens already issued in the JWT area keep working until they expire — the server kept no
          record of them.
        </p>
      </HowItWorks>
    </div>
  );
}
