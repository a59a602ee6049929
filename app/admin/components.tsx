"use client";
// Client-side because it must wait for the server to come back (polling /ping) before reloading.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

type Phase = "idle" | "restarting" | "back" | "failed";

async function waitForServer(): Promise<boolean> {
  for (let attempt = 0; attempt < 120; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      if ((await fetch("/ping", { cache: "no-store" })).ok) return true;
    } catch {
      // Still down: the process is starting again.
    }
  }
  return false;
}

/** "Restart the server": the process really exits and its supervisor starts it again (C07). */
export function RestartServerButton({ effect }: { effect: string }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("admin.restart");

  async function restart(): Promise<void> {
    setError(null);
    setPhase("restarting");
    const response = await fetch("/api/admin/server/restart", { method: "POST" }).catch(() => null);
    if (response === null || response.status !== 202) {
      const body = (await response?.json().catch(() => null)) as {
        error?: string;
        message?: string;
      } | null;
      // A sensitive action: a login too old for it types the password again, then comes back.
      if (body?.error === "insufficient_user_authentication") {
        router.push("/session/reauth?next=%2Fadmin");
        return;
      }
      // In the reader's words, with the API's code (its English message is for developers).
      setError(body?.error ? `${t("refused")} (${body.error})` : t("refused"));
      setPhase("failed");
      return;
    }
    // Give the old process time to exit before asking whether the new one is up.
    await new Promise((resolve) => setTimeout(resolve, 500));
    setPhase((await waitForServer()) ? "back" : "failed");
  }

  return (
    <div className="space-y-2 text-sm">
      <p>{effect}</p>
      <button
        type="button"
        onClick={restart}
        disabled={phase === "restarting"}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100 disabled:opacity-50"
      >
        {phase === "restarting" ? t("restarting") : t("button")}
      </button>
      <div aria-live="polite">
        {phase === "back" && (
          <p data-testid="restart-done">
            {t.rich("back", {
              // A full load, not a client navigation: the page must ask the new process afresh.
              admin: (chunks) => (
                <a className="underline" href="/admin">
                  {chunks}
                </a>
              ),
            })}
          </p>
        )}
        {phase === "failed" && error !== null && (
          <p role="alert" className="text-red-700">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
