"use client";
// Client component: starting over also forgets what only page script holds — the localStorage
// and DPoP variants' tokens and this browser's DPoP key — which the server cannot reach.

import { useRef } from "react";
import { forgetDpopKey } from "@/lib/dpop/client";
import {
  BEARER_REFRESH_KEY,
  BEARER_STORAGE_KEY,
  DPOP_REFRESH_KEY,
  DPOP_TOKEN_KEY,
} from "@/lib/ui/storage-keys";

/** The confirmation's words, already translated (the header is a server component). */
export interface StartOverWords {
  label: string;
  title: string;
  deletes: string;
  /** What goes, one line each, in the order the action deletes them. */
  items: string[];
  keeps: string;
  confirm: string;
  cancel: string;
}

const PANEL_ID = "start-over-confirm";
const TITLE_ID = "start-over-confirm-title";

function forgetClientCredentials(): void {
  for (const key of [BEARER_STORAGE_KEY, BEARER_REFRESH_KEY, DPOP_TOKEN_KEY, DPOP_REFRESH_KEY]) {
    localStorage.removeItem(key);
  }
  void forgetDpopKey().catch(() => {}); // no IndexedDB (a private window): nothing was kept
}

/**
 * "Start over" asks first. The confirmation is an HTML popover: its button opens it, Cancel and
 * Escape close it and give the focus back to the button — all without script, so it works with
 * JavaScript off like the header's other forms. Script adds only the focus on Cancel (the choice
 * that deletes nothing) and closing it when the start over is sent, since the header stays
 * mounted across the client-side navigation that follows.
 */
export function StartOverButton({
  action,
  words,
}: {
  action: () => Promise<void>;
  words: StartOverWords;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        type="button"
        popoverTarget={PANEL_ID}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
      >
        {words.label}
      </button>
      <div
        ref={panel}
        id={PANEL_ID}
        popover="auto"
        role="dialog"
        aria-labelledby={TITLE_ID}
        onToggle={(event) => {
          if (event.newState === "open") cancel.current?.focus();
        }}
        className="m-auto w-[26rem] max-w-[calc(100vw-2rem)] space-y-3 rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-900 shadow-lg backdrop:bg-slate-900/30"
      >
        <h2 id={TITLE_ID} className="text-base font-semibold">
          {words.title}
        </h2>
        <p>{words.deletes}</p>
        <ul className="list-disc space-y-1 pl-5">
          {words.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="text-slate-700">{words.keeps}</p>
        <form
          action={action}
          onSubmit={() => {
            forgetClientCredentials();
            panel.current?.hidePopover();
          }}
          className="flex flex-wrap justify-end gap-2"
        >
          <button
            ref={cancel}
            type="button"
            popoverTarget={PANEL_ID}
            popoverTargetAction="hide"
            className="rounded-md border border-slate-300 px-3 py-1.5"
          >
            {words.cancel}
          </button>
          <button
            type="submit"
            className="rounded-md border border-red-400 bg-red-50 px-3 py-1.5 font-semibold text-red-800"
          >
            {words.confirm}
          </button>
        </form>
      </div>
    </>
  );
}
