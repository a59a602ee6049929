import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { docsHref, type DocsPage } from "@/lib/learn/docs";

/** The developer reference behind a page (docs/*.md), for a reader who wants the whole story. */
export async function DocsLink({ page }: { page: DocsPage }): Promise<ReactNode> {
  const t = await getTranslations("docs");
  return (
    <p className="text-sm text-slate-600" data-testid="docs-link">
      {t("more")}{" "}
      <a href={docsHref(page)} className="underline">
        <code>docs/{page}.md</code>
      </a>
    </p>
  );
}
