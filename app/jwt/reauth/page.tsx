import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReauthScreen } from "@/app/_components/reauth-screen";
import { requireJwt } from "@/lib/auth/dal";
import { safeNextPath } from "@/lib/auth/login/redirects";
import { judgeNow, tokenFreshness } from "@/lib/auth/step-up/step-up";
import { reauthAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reauth"))("title") };
}

export default async function JwtReauthPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNextPath((await searchParams).next, "jwt");
  const { claims } = await requireJwt(`/jwt/reauth?next=${encodeURIComponent(next)}`);
  const freshness = tokenFreshness(claims, await judgeNow());
  return <ReauthScreen area="jwt" next={next} freshness={freshness} action={reauthAction} />;
}
