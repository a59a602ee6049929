import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, Notice } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { xssLabOrigin } from "@/app/threats/lab-origins";
import { relaxedXssPolicy, wantsAppPolicy } from "@/lib/threats/xss-policy";
import { XssVictim } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.xss.victim"))("metaTitle") };
}

/**
 * A page with a real injection flaw, on purpose: the XSS lab's victim. It runs only on the lab's
 * own origin, where the server answers nothing else — so no credential of the real app can exist
 * there (lib/threats/xss-origin.ts) — and what it injects comes only from what the learner types.
 */
export default async function XssVictimPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const strict = wantsAppPolicy(
    new URLSearchParams(typeof params.csp === "string" ? { csp: params.csp } : {}),
  );
  const { lab, onLab } = await xssLabOrigin();
  const t = await getTranslations("threats.xss.victim");
  if (!onLab) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Notice tone="warning">
          {t("offLab")}{" "}
          {lab === null ? t.rich("noLabOrigin", RICH) : t.rich("openFrom", { ...RICH, lab })}
        </Notice>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{strict ? t("titleStrict") : t("titleVulnerable")}</h1>
      <Card title={t("policyTitle")}>
        <p className="mb-2 text-sm">{strict ? t("policyStrict") : t.rich("policyRelaxed", RICH)}</p>
        <pre className="whitespace-pre-wrap break-all text-xs" data-testid="xss-policy">
          {strict ? "script-src 'self' 'nonce-…' 'strict-dynamic'; …" : relaxedXssPolicy(false)}
        </pre>
      </Card>
      <XssVictim strict={strict} />
    </div>
  );
}
