import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReauthScreen } from "@/app/_components/reauth-screen";
import { requireSession } from "@/lib/auth/dal";
import { safeNextPath } from "@/lib/auth/login/redirects";
import { judgeNow, sessionFreshness } from "@/lib/auth/step-up/step-up";
import { reauthAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reauth"))("title") };
}

export default async function SessionReauthPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNextPath((await searchParams).next, "session");
  const { session } = await requireSession(`/session/reauth?next=${encodeURIComponent(next)}`);
  const freshness = sessionFreshness(session, await judgeNow());
  return <ReauthScreen area="session" next={next} freshness={freshness} action={reauthAction} />;
}
