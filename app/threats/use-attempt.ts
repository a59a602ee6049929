import { useState } from "react";

/**
 * One lab step at a time: `attempt(work)` marks the page busy, clears the last error, runs the
 * work and shows its failure as a message (the labs' steps are requests; a refusal is shown, not
 * thrown at the reader).
 */
export function useAttempt(): {
  busy: boolean;
  error: string | null;
  setError: (message: string | null) => void;
  attempt: (work: () => Promise<void>) => Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, attempt };
}
