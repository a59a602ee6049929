import { useLocale, useNow, useTranslations } from "next-intl";
import { formatMoment } from "@/app/_components/inspector/format";
import type { ReactNode } from "react";
import type { AuthArea } from "@/config/types";

/** Small presentational pieces shared by every area. */

export function Card({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  // Letters of any language: a Korean title must not shrink to "card--", one id for every card.
  const headingId = id ?? `card-${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-")}`;
  return (
    <section
      aria-labelledby={headingId}
      // min-w-0: in a grid or flex row, a card is as narrow as its column, never as wide as its
      // longest line (a token, a key) — that line scrolls in its own box.
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Facts({
  items,
  label,
}: {
  items: ReadonlyArray<[string, ReactNode]>;
  label: string;
}) {
  return (
    <dl aria-label={label} className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-500">{term}</dt>
          <dd className="break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every screen explains itself: what just happened and why, next to the evidence. */
export function HowItWorks({ children }: { children: ReactNode }) {
  const t = useTranslations("ui");
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-5 text-sm leading-6" open>
      <summary className="cursor-pointer font-semibold">{t("howItWorks")}</summary>
      <div className="mt-3 space-y-2">{children}</div>
    </details>
  );
}

export function Notice({
  children,
  tone = "info",
}: {
  children: ReactNode;
  tone?: "info" | "warning";
}) {
  const colours = tone === "warning" ? "border-amber-300 bg-amber-50" : "border-sky-300 bg-sky-50";
  return <p className={`rounded-md border px-3 py-2 text-sm ${colours}`}>{children}</p>;
}

export function AreaBadge({ area }: { area: AuthArea }) {
  const t = useTranslations("areas");
  const colour = { session: "bg-session", sealed: "bg-sealed", jwt: "bg-jwt" }[area];
  return (
    <span
      className={`rounded px-2 py-0.5 text-xs font-semibold uppercase text-on-accent ${colour}`}
    >
      {t(area)}
    </span>
  );
}

/**
 * A moment in words first, its clock time after: "in 14m 0s (12:31)". Rendered on the server only
 * (a client would word it a second later than the server did).
 */
export function Time({ value }: { value: Date | number }) {
  const locale = useLocale();
  const now = useNow();
  const date = typeof value === "number" ? new Date(value) : value;
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()}>
      {formatMoment(date.getTime(), now.getTime(), locale)}
    </time>
  );
}
