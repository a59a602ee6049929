import { useTranslations } from "next-intl";
import { startLabAccountAction } from "./actions";

/** A plain form (works without JavaScript): a throw-away account, logged in to both areas. */
export function LabAccountButton() {
  const t = useTranslations("compare");
  return (
    <form action={startLabAccountAction} className="inline">
      <button type="submit" className="rounded-md border border-slate-400 px-3 py-1 text-sm">
        {t("labAccountButton")}
      </button>
    </form>
  );
}
