import { getTranslations } from "next-intl/server";
import type { SavedMatrix } from "@/lib/threats/libraries/results";
import type { LibraryResult, MatrixCase, Verdict } from "@/lib/threats/libraries/run";

/**
 * One verdict in words, red where it is a hole (a forged token taken, or a genuine one refused)
 * and green where the library did right, with its own words under a refusal when asked (`why`)
 * — verbatim, so never translated.
 */
async function Mark({
  verdict,
  label,
  genuine,
  why,
}: {
  verdict: Verdict;
  label: string;
  genuine: boolean;
  why?: boolean;
}) {
  const t = await getTranslations("threats.libraries");
  const hole = verdict.accepted !== genuine;
  return (
    <>
      <span className={`block ${hole ? "font-semibold text-red-700" : "text-green-800"}`}>
        {label}: {verdict.accepted ? t("accepts") : t("refuses")}
      </span>
      {why && verdict.reason !== null && (
        <code className="block text-[11px] text-slate-600">{verdict.reason}</code>
      )}
    </>
  );
}

/** Rows: the genuine tokens, then every forged one; columns: the libraries. */
export async function MatrixTable({ matrix }: { matrix: SavedMatrix }) {
  const t = await getTranslations("threats.libraries");
  const range = await getTranslations("jwtRange");
  const name = (c: MatrixCase) =>
    c.exploits === null ? t(`controls.${c.id}`) : range(`attacks.${c.id}.title`);
  return (
    // A region of its own, focusable, so a keyboard can scroll the wide table (axe's rule).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("tableTitle")}>
      <table className="min-w-full border-collapse text-xs" data-testid="library-matrix">
        <thead>
          <tr>
            <th scope="col" className="border-b p-2 text-left">
              {t("token")}
            </th>
            {matrix.libraries.map((library) => (
              <th key={library.id} scope="col" className="border-b p-2 text-left">
                <code>{library.packageName}</code> {library.version}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.cases.map((c) => (
            <tr key={c.id} data-testid={`matrix-${c.id}`} className="align-top">
              <th scope="row" className="border-b p-2 text-left font-normal">
                <span className="font-semibold">{name(c)}</span>
                {c.exploits !== null && (
                  <span className="block text-slate-600">
                    {range(`mistakes.${c.exploits}`)}
                    {c.harm === "work" && ` · ${t("work")}`}
                  </span>
                )}
              </th>
              {matrix.libraries.map((library) => {
                const row = library.rows[c.id]!;
                const genuine = c.exploits === null;
                return (
                  <td
                    key={library.id}
                    className="min-w-36 border-b p-2"
                    data-testid={`cell-${library.id}`}
                  >
                    <Mark verdict={row.quickStart} label={t("quickStart")} genuine={genuine} />
                    <Mark verdict={row.careful} label={t("careful")} genuine={genuine} why />
                    {row.closedBy.length > 0 && (
                      <span className="block text-slate-700">
                        {t("closedBy")} <code className="text-xs">{row.closedBy.join(", ")}</code>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Each library's two calls, and how many forged tokens each one took. */
export async function LibraryCalls({ matrix }: { matrix: SavedMatrix }) {
  const t = await getTranslations("threats.libraries");
  const forged = matrix.cases.filter((c) => c.exploits !== null);
  const taken = (library: LibraryResult, call: "quickStart" | "careful") =>
    forged.filter((c) => library.rows[c.id]![call].accepted).length;
  const { libraries } = matrix;
  return (
    <ul className="space-y-3 text-sm">
      {libraries.map((library) => (
        <li key={library.id} data-testid={`calls-${library.id}`}>
          <p className="font-semibold">
            <code>{library.packageName}</code> {library.version}
          </p>
          <p>
            {t("quickStart")}: <code>{library.quickStart}</code> —{" "}
            {t("taken", { count: taken(library, "quickStart") })}
          </p>
          <p>
            {t("careful")}:{" "}
            {library.options.length > 0 ? (
              <code>{library.options.map((o) => o.code).join(", ")}</code>
            ) : (
              t("noOptions")
            )}{" "}
            — {t("taken", { count: taken(library, "careful") })}
          </p>
        </li>
      ))}
    </ul>
  );
}
