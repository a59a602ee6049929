"use client";
// Client component: the tour's one-click demonstrations share this button.

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * Runs one demonstration: disabled while it runs, then the page's server parts are rendered
 * again (a demo that logs out or revokes changes what the page should show).
 */
export function RunButton({ label, onRun }: { label: string; onRun: () => Promise<void> }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await onRun();
      router.refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      onClick={() => void run()}
      disabled={busy}
      className="rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-60"
    >
      {label}
    </button>
  );
}
