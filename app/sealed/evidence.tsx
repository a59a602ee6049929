import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatSpan } from "@/app/_components/inspector/format";
import { Moment } from "@/app/_components/moment";
import { Card, Facts } from "@/app/_components/ui";
import { config } from "@/config";

/** A lifetime in words, its seconds after: "7d 0h (604800 s)". */
function lifetime(seconds: number, locale: string): string {
  return `${formatSpan(seconds * 1000, 0, locale)} (${seconds} s)`;
}

/**
 * The seal's evidence: only what iron-session leaves in the clear and what the server configured —
 * the seal itself is a credential, so it is measured, never echoed (not even in part).
 */
export async function SealCard({
  passwordId,
  expiresAt,
  size,
  now,
}: {
  passwordId: string;
  expiresAt: number;
  size: number;
  now: number;
}): Promise<ReactNode> {
  const t = await getTranslations("sealedArea.card");
  const locale = await getLocale();
  return (
    <Card title={t("title")}>
      <Facts
        label={t("label")}
        items={[
          [
            t("format"),
            <span key="f">
              {t("formatValue")} <code translate="no">Fe26.2*{passwordId}*…~2</code>
            </span>,
          ],
          [t("size"), t("bytes", { size })],
          [t("password"), passwordId],
          [t("expires"), <Moment key="e" value={expiresAt} now={now} />],
          [t("ttl"), lifetime(config.sealed.ttlSeconds, locale)],
          [t("maxAge"), lifetime(config.sealed.cookieMaxAgeSeconds, locale)],
          [t("kept"), t("nothing")],
        ]}
      />
    </Card>
  );
}
