import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, HowItWorks } from "@/app/_components/ui";
import { DocsLink } from "@/app/_components/docs-link";
import { RICH } from "@/app/_components/rich";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.index"))("metaTitle") };
}

// Each lab's card, its words in the messages (threats.index.labs).
const LABS = [
  { id: "jwt", href: "/threats/jwt" },
  { id: "libraries", href: "/threats/libraries" },
  { id: "session", href: "/threats/session" },
  { id: "bruteForce", href: "/threats/brute-force" },
  { id: "csrf", href: "/threats/csrf" },
  { id: "xss", href: "/threats/xss" },
  { id: "dpop", href: "/jwt/dpop" },
  { id: "bff", href: "/jwt/bff" },
  { id: "https", href: "/threats/https" },
] as const;

/** The attack labs, one line each. */
export default async function ThreatsPage() {
  const t = await getTranslations("threats.index");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="grid gap-4 md:grid-cols-2">
        {LABS.map((lab) => (
          <Card key={lab.href} title={t(`labs.${lab.id}.title`)}>
            <p className="text-sm text-slate-700">{t.rich(`labs.${lab.id}.text`, RICH)}</p>
            <Link href={lab.href} className="mt-3 inline-block text-sm font-semibold underline">
              {t("open")}
            </Link>
          </Card>
        ))}
      </div>
      <HowItWorks>
        <p>{t("how")}</p>
      </HowItWorks>
      <DocsLink page="threats" />
    </div>
  );
}
