"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { InspectorState } from "@/lib/inspect/state";
import { TRACES_SHOWN, withStreamedSince } from "@/lib/inspect/merge-traces";
import type { Trace } from "@/lib/inspect/trace";
import { BEARER_STORAGE_KEY, DPOP_TOKEN_KEY } from "@/lib/ui/storage-keys";

export type Connection = "connecting" | "live" | "polling";

const POLL_MS = 3000;

async function fetchJson<T>(url: string, headers: HeadersInit = {}): Promise<T | null> {
  try {
    const response = await fetch(url, { cache: "no-store", headers });
    return response.ok ? ((await response.json()) as T) : null;
  } catch {
    return null; // offline or server restarting: the next event or poll tries again
  }
}

/**
 * The inspector's data: the state snapshot and this browser's traces, kept live through the SSE
 * stream, or by polling when the stream is unavailable. A new trace also refreshes the snapshot
 * (a login or logout changes what the server keeps).
 */

/**
 * The credential headers the page itself sends: on the localStorage pages the token travels as
 * `Authorization: Bearer`, so the snapshot must be asked with it too, or it would describe the
 * cookie the page does not use.
 */
function pageCredentialHeaders(): HeadersInit {
  if (!window.location.pathname.startsWith("/jwt/bearer")) return {};
  const token = localStorage.getItem(BEARER_STORAGE_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * The snapshot as this page's credential sees it. On the DPoP page that takes a proof of its own,
 * signed with the page's key (the inspector then shows that proof decoded, and its check's cost).
 */
async function fetchState(): Promise<InspectorState | null> {
  const token = window.location.pathname.startsWith("/jwt/dpop")
    ? localStorage.getItem(DPOP_TOKEN_KEY)
    : null;
  if (token === null)
    return fetchJson<InspectorState>("/api/inspect/state", pageCredentialHeaders());
  try {
    const { dpopFetch } = await import("@/lib/dpop/client");
    const { response } = await dpopFetch("/api/inspect/state", { accessToken: token });
    return response.ok ? ((await response.json()) as InspectorState) : null;
  } catch {
    return null;
  }
}

export function useInspector(enabled = true): {
  state: InspectorState | null;
  traces: Trace[];
  connection: Connection;
  refresh: () => void;
} {
  const [state, setState] = useState<InspectorState | null>(null);
  const [traces, setTraces] = useState<Trace[]>([]);
  const [connection, setConnection] = useState<Connection>("connecting");
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Traces the stream delivered, in order: a snapshot fetched meanwhile cannot know them.
  const streamed = useRef<{ count: number; last: Array<{ n: number; trace: Trace }> }>({
    count: 0,
    last: [],
  });

  const loadState = useCallback(() => {
    void fetchState().then((next) => next && setState(next));
  }, []);

  const loadTraces = useCallback(() => {
    const before = streamed.current.count;
    void fetchJson<{ traces: Trace[] }>("/api/inspect/recent").then((next) => {
      if (!next) return;
      const since = streamed.current.last.filter((entry) => entry.n > before);
      setTraces(
        withStreamedSince(
          next.traces,
          since.map((entry) => entry.trace),
        ),
      );
    });
  }, []);

  const refresh = useCallback(() => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = setTimeout(loadState, 150);
  }, [loadState]);

  useEffect(() => {
    if (!enabled) return;
    loadState();
    loadTraces();
    let poll: ReturnType<typeof setInterval> | null = null;
    const source = new EventSource("/api/inspect/stream");
    // On every (re)connection — a login rotates this browser's id and ends the old stream — catch
    // up on what happened in between.
    source.onopen = () => {
      setConnection("live");
      loadTraces();
      loadState();
    };
    source.addEventListener("trace", (event) => {
      const trace = JSON.parse((event as MessageEvent<string>).data) as Trace;
      const n = streamed.current.count + 1;
      const last = [...streamed.current.last, { n, trace }].slice(-TRACES_SHOWN);
      streamed.current = { count: n, last };
      setTraces((previous) =>
        [trace, ...previous.filter((t) => t.id !== trace.id)].slice(0, TRACES_SHOWN),
      );
      refresh();
    });
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) return; // the browser is reconnecting
      setConnection("polling");
      poll ??= setInterval(() => {
        loadTraces();
        loadState();
      }, POLL_MS);
    };
    return () => {
      source.close();
      if (poll !== null) clearInterval(poll);
      if (pending.current !== null) clearTimeout(pending.current);
    };
  }, [enabled, loadState, loadTraces, refresh]);

  return { state, traces, connection, refresh };
}

/** The current time, ticking every second (for countdowns). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The time this browser's credentials are judged at, ticking: real time plus the fast-forward
 * clock's offset. Every countdown uses it, so it agrees with the server's verdict.
 */
export function useJudgedNow(state: InspectorState | null): number {
  return useNow() + (state?.clock.offsetSeconds ?? 0) * 1000;
}
