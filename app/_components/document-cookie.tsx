"use client";
// Client component: it shows what a script in this page can read, so it must run in the page.

import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** `document.cookie` as any script in this page (an injected one too) reads it right now. */
export function DocumentCookie() {
  const t = useTranslations("faq.documentCookie");
  const visible = useSyncExternalStore(
    noSubscription,
    () => document.cookie,
    () => null,
  );
  if (visible === null) return <p className="text-sm">{t("reading")}</p>;
  return (
    <p className="text-sm" data-testid="faq-document-cookie">
      {t.rich("reads", {
        code: "document.cookie",
        value: visible || t("empty"),
        verdict: visible.includes("lab_jwt") ? t("visible") : t("invisible"),
      })}
    </p>
  );
}
