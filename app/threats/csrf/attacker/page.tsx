import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/app/_components/ui";
import { labOrigins } from "@/app/threats/lab-origins";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.csrf.attacker"))("metaTitle") };
}

/** Each form is one attack; the victim's browser decides what it carries. */
const ATTACKS = [
  { credential: "none", defence: "none" },
  { credential: "lax", defence: "none" },
  { credential: "strict", defence: "none" },
  { credential: "none", defence: "origin" },
  { credential: "bearer", defence: "none" },
] as const;

export default async function AttackerPage({
  searchParams,
}: {
  searchParams: Promise<{ target?: string | string[] }>;
}) {
  const { target } = await searchParams;
  const { self, twin } = await labOrigins();
  // The target must be this server's twin: the page never posts a form anywhere else.
  const valid = typeof target === "string" && twin !== null && target === twin;
  const t = await getTranslations("threats.csrf.attacker");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="rounded-lg border-4 border-dashed border-red-500 bg-red-50 p-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-red-700">
          {t("onAnotherSite", { site: self ?? t("unknown") })}
        </p>
        <h1 className="mt-2 text-3xl font-bold text-red-800">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro", { target: valid ? target : "none" })}</p>
      </div>
      {valid ? (
        <ul className="space-y-3">
          {ATTACKS.map((attack) => (
            <li key={`${attack.credential}-${attack.defence}`}>
              <form method="post" action={`${target}/api/threats/csrf/transfer`}>
                <input type="hidden" name="credential" value={attack.credential} />
                <input type="hidden" name="defence" value={attack.defence} />
                <input type="hidden" name="amount" value="25" />
                <input type="hidden" name="to" value="mallory" />
                <button
                  type="submit"
                  className="w-full rounded-md bg-red-600 px-4 py-3 text-left font-semibold text-white hover:bg-red-700"
                >
                  {t("attack", { label: t(`labels.${attack.credential}-${attack.defence}`) })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <Notice tone="warning">
          {t("openFrom")} <Link href="/threats/csrf">{t("labLink")}</Link>
          {t("openFromEnd")}
        </Notice>
      )}
    </div>
  );
}
