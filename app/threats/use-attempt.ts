import { useTranslations } from "next-intl";
import { useState } from "react";
import { LabStatusError } from "@/lib/threats/lab-fetch";

/**
 * A lab's last failure as the visitor reads it: set it with what was thrown (or null); a bare
 * status the lab answered is worded in the visitor's language, a message the lab gave is shown.
 */
export function useLabError(): [string | null, (failure: unknown) => void] {
  const t = useTranslations("threats.lab");
  const [failure, setFailure] = useState<unknown>(null);
  const error =
    failure === null
      ? null
      : failure instanceof LabStatusError
        ? t("answered", { status: failure.status })
        : failure instanceof Error
          ? failure.message
          : String(failure);
  return [error, setFailure];
}

/**
 * One lab step at a time: `attempt(work)` marks the page busy, clears the last error, runs the
 * work and shows its failure as a message (the labs' steps are requests; a refusal is shown, not
 * thrown at the reader).
 */
export function useAttempt(): {
  busy: boolean;
  error: string | null;
  setError: (failure: unknown) => void;
  attempt: (work: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useLabError();
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, attempt };
}
