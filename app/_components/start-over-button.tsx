"use client";
// Client component: starting over also forgets what only page script holds — the localStorage
// and DPoP variants' tokens and this browser's DPoP key — which the server cannot reach.

import { forgetDpopKey } from "@/lib/dpop/client";
import {
  BEARER_REFRESH_KEY,
  BEARER_STORAGE_KEY,
  DPOP_REFRESH_KEY,
  DPOP_TOKEN_KEY,
} from "@/lib/ui/storage-keys";

function forgetClientCredentials(): void {
  for (const key of [BEARER_STORAGE_KEY, BEARER_REFRESH_KEY, DPOP_TOKEN_KEY, DPOP_REFRESH_KEY]) {
    localStorage.removeItem(key);
  }
  void forgetDpopKey().catch(() => {}); // no IndexedDB (a private window): nothing was kept
}

export function StartOverButton({
  action,
  label,
  title,
}: {
  action: () => Promise<void>;
  label: string;
  title: string;
}) {
  return (
    <form action={action} onSubmit={forgetClientCredentials}>
      <button
        type="submit"
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        title={title}
      >
        {label}
      </button>
    </form>
  );
}
