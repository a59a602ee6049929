import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, HowItWorks } from "@/app/_components/ui";
import { DocsLink } from "@/app/_components/docs-link";
import { RICH } from "@/app/_components/rich";
import { SAVED_MATRIX } from "@/lib/threats/libraries/results";
import { LibraryCalls, MatrixTable } from "./table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.libraries"))("metaTitle") };
}

/**
 * What real JWT libraries accept: the attack range's tokens fed to each, computed by
 * `npm run matrix` (lib/threats/libraries/) and read here from the file it wrote.
 */
export default async function LibrariesPage() {
  const t = await getTranslations("threats.libraries");
  const { libraries, cases, node } = SAVED_MATRIX;
  const forged = cases.filter((c) => c.exploits !== null).length;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">
        {t.rich("intro", {
          ...RICH,
          forged,
          libraries: libraries.length,
          node,
          command: "npm run matrix",
        })}
      </p>
      <Card title={t("tableTitle")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t.rich("legend", RICH)}</p>
        <MatrixTable matrix={SAVED_MATRIX} />
      </Card>
      <Card title={t("callsTitle")}>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t.rich("callsIntro", RICH)}</p>
        <LibraryCalls matrix={SAVED_MATRIX} />
      </Card>
      <HowItWorks>
        <p>{t.rich("how1", RICH)}</p>
        <p>{t.rich("how2", RICH)}</p>
        <p>{t.rich("how3", RICH)}</p>
        <p>
          <Link href="/threats/jwt" className="underline">
            {t("rangeLink")}
          </Link>
        </p>
      </HowItWorks>
      <DocsLink page="threats" />
    </div>
  );
}
