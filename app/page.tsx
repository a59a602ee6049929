import Link from "next/link";
import { AreaBadge, Card } from "@/app/_components/ui";
import { getTranslations } from "next-intl/server";
import { HomeAnswer } from "@/app/_components/home-answer";
import { RICH } from "@/app/_components/rich";
import { getPreferredMode } from "@/lib/lab/preferences";
import type { AuthArea } from "@/config/types";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const preferred = await getPreferredMode();
  const reset = (await searchParams).reset === "done";
  const t = await getTranslations("home");
  return (
    <div className="space-y-8">
      {reset && (
        <p role="status" className="rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm">
          {t("reset")}
        </p>
      )}
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t.rich("intro", RICH)}</p>
      </div>
      {/* The ways in before the answer's table: on a phone the first screen holds them. */}
      <div className="flex flex-wrap gap-3">
        <Link
          href="/tour"
          prefetch={false}
          className="rounded-md bg-slate-900 px-4 py-2 text-white"
        >
          {t("ctaTour")}
        </Link>
        <Link
          href="/guide"
          prefetch={false}
          className="rounded-md border border-slate-400 px-4 py-2"
        >
          {t("ctaGuide")}
        </Link>
        <Link href="/faq" prefetch={false} className="rounded-md border border-slate-400 px-4 py-2">
          {t("ctaFaq")}
        </Link>
        <Link
          href="/learn"
          prefetch={false}
          className="rounded-md border border-slate-400 px-4 py-2"
        >
          {t("ctaLearn")}
        </Link>
        <Link
          href="/bench"
          prefetch={false}
          className="rounded-md border border-slate-400 px-4 py-2"
        >
          {t("ctaBench")}
        </Link>
      </div>
      <HomeAnswer />
      <div className="grid gap-6 md:grid-cols-3">
        <Card title="Session-based authentication">
          <p className="mb-4 text-sm text-slate-700">
            Server-side state: revocable at once, one store lookup per request.
          </p>
          <AreaLink area="session" preferred={preferred === "session"} />
        </Card>
        <Card title="Stateless session (sealed cookie)">
          <p className="mb-4 text-sm text-slate-700">
            The whole session sealed into the cookie (iron-session): no lookup, nothing to revoke —
            a JWT&apos;s trade-offs under a session&apos;s name.
          </p>
          <AreaLink area="sealed" preferred={preferred === "sealed"} />
        </Card>
        <Card title="JWT authentication">
          <p className="mb-4 text-sm text-slate-700">
            Self-contained signed tokens: no lookup per request, hard to revoke before they expire.
          </p>
          <AreaLink area="jwt" preferred={preferred === "jwt"} />
        </Card>
      </div>
      <p className="text-sm text-slate-600">
        No account yet? Use a demo user (listed on each login page) or{" "}
        <Link href="/signup" className="underline">
          sign up
        </Link>
        . The toggle at the top remembers your preferred area in a plain cookie named{" "}
        <code>lab_mode</code> — cookies carry preferences too, not only credentials.
      </p>
    </div>
  );
}

const AREA_NAMES: Record<AuthArea, string> = {
  session: "session",
  sealed: "sealed-cookie",
  jwt: "JWT",
};

function AreaLink({ area, preferred }: { area: AuthArea; preferred: boolean }) {
  return (
    <Link
      href={`/${area}`}
      // Prefetching a protected page would pay for its auth checks on every home-page view.
      prefetch={false}
      className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100"
    >
      <AreaBadge area={area} /> Open the {AREA_NAMES[area]} area
      {preferred && <span className="text-xs text-slate-500">(your last choice)</span>}
    </Link>
  );
}
