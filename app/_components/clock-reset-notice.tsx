"use client";
// Client component: it reads the query string of whatever page a login landed on.

import { useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";

/** Tells the reader their login moved this browser's clock back to real time, and why. */
export function ClockResetNotice() {
  const params = useSearchParams();
  const t = useTranslations("ui");
  if (params.get("clock") !== "reset") return null;
  return (
    <p role="status" className="mb-4 rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm">
      {t("clockReset")}
    </p>
  );
}
