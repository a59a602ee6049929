import { useTranslations } from "next-intl";

/**
 * A check's answer in words first, its code after (`session_not_found`, jose's
 * `ERR_JWT_EXPIRED`): the code is what a reader looks up, the words are what a newcomer reads.
 */
export function ReasonWords({ code }: { code: string }) {
  const t = useTranslations("inspector");
  const words = t("reason", { code });
  if (words === code) return <code>{code}</code>;
  return (
    <>
      {words} (<code>{code}</code>)
    </>
  );
}

/** The same as one string, for a sentence of the messages files ("rejected: {reason}"). */
export function useReasonText(): (code: string) => string {
  const t = useTranslations("inspector");
  return (code) => {
    const words = t("reason", { code });
    return words === code ? code : `${words} (${code})`;
  };
}
