import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RICH } from "@/app/_components/rich";
import { Card } from "@/app/_components/ui";
import type { JwtAuth } from "@/lib/auth/dal";

type Verified = Extract<JwtAuth, { ok: true }>;

/**
 * The token's evidence: its header and payload decoded, as anyone holding it could. Of the
 * signature only the start and the length: the token is an HttpOnly credential, never echoed.
 */
export async function TokenCard({
  header,
  claims,
  signature,
}: Pick<Verified, "header" | "claims"> & { signature: string }): Promise<ReactNode> {
  const t = await getTranslations("jwtArea.token");
  return (
    <Card title={t("title")}>
      <p className="mb-1 text-sm text-slate-500">{t("header")}</p>
      <pre
        aria-label={t("headerLabel")}
        className="mb-1 overflow-x-auto rounded bg-slate-100 p-2"
        tabIndex={0}
        translate="no"
      >
        {JSON.stringify(header, null, 2)}
      </pre>
      <p className="mb-3 text-xs text-slate-600">{t.rich("headerWords", RICH)}</p>
      <p className="mb-1 text-sm text-slate-500">{t("payload")}</p>
      <pre
        aria-label={t("payloadLabel")}
        className="mb-3 overflow-x-auto rounded bg-slate-100 p-2"
        tabIndex={0}
        translate="no"
      >
        {JSON.stringify(claims, null, 2)}
      </pre>
      <p className="text-sm text-slate-500">
        {t.rich("signature", {
          ...RICH,
          start: signature.slice(0, 10),
          length: signature.length,
        })}
      </p>
    </Card>
  );
}
