import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AUTH_AREAS, type AuthArea } from "@/config/types";

/** The shared pieces of the compare board: one step, and one area's outcome of it. */

export type Area = AuthArea;
export const AREAS = AUTH_AREAS;
export type PerArea<T> = Record<Area, T>;

/** Runs `work` for every area at once; the answers by area. */
export async function forEachArea<T>(work: (area: Area) => Promise<T>): Promise<PerArea<T>> {
  const answers = await Promise.all(AREAS.map(work));
  return Object.fromEntries(AREAS.map((area, i) => [area, answers[i]])) as PerArea<T>;
}

export function Step({
  title,
  action,
  busy,
  onRun,
  learn,
  children,
}: {
  title: string;
  action: string;
  busy: boolean;
  onRun: () => void;
  /** The learn page and the tour step that explain this step. */
  learn?: { href: string; tour: number };
  children: ReactNode;
}) {
  const t = useTranslations("compare.step");
  return (
    <section
      aria-label={title}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        <button
          type="button"
          disabled={busy}
          onClick={onRun}
          className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-60"
        >
          {action}
        </button>
      </div>
      {children}
      {learn && (
        <p className="text-xs">
          <Link href={learn.href} prefetch={false} className="underline">
            {t("why")}
          </Link>{" "}
          ·{" "}
          <Link href={`/tour/${learn.tour}`} prefetch={false} className="underline">
            {t("inTour")}
          </Link>
        </p>
      )}
    </section>
  );
}

export function Outcome({ area, children }: { area: Area; children: ReactNode }) {
  const t = useTranslations("compare.areas");
  return (
    <div data-testid={`${area}-outcome`} className="rounded bg-slate-50 p-2 text-sm">
      <strong>{t(area)}:</strong> {children}
    </div>
  );
}
