"use client";
// Client hook: the meter's replays, one per copy every second, only while the page is visible.

import { useEffect, useState } from "react";
import { AUTH_AREAS, type AuthArea } from "@/config/types";
import {
  advanceClock,
  isDecided,
  stopClock,
  type LagClock,
} from "@/lib/compare/revocation-lag/clock";
import { roleOf, type LagReplay, type LagRun } from "@/lib/compare/revocation-lag/types";

export type LagClocks = Record<AuthArea, LagClock>;

const TICK_MS = 1000;
const WAITING: LagClocks = {
  session: { phase: "waiting" },
  sealed: { phase: "waiting" },
  jwt: { phase: "waiting" },
};

async function replay(handle: string): Promise<LagReplay | null> {
  const response = await fetch("/api/compare/replay", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ handle }),
  });
  if (!response.ok) return null; // the copy is gone (expired, or another browser's)
  const answer = (await response.json()) as LagReplay & { body: unknown };
  return {
    status: answer.status,
    at: answer.at,
    queries: answer.queries,
    role: roleOf(answer.body),
  };
}

/**
 * Replays each copy of `run` every second until each is refused or its cap is reached. Stops for
 * good when the page is hidden or left: a meter that nobody watches sends nothing.
 */
export function useReplayLoop(run: LagRun | null): LagClocks {
  const [clocks, setClocks] = useState<{ run: LagRun | null; clocks: LagClocks }>({
    run: null,
    clocks: WAITING,
  });

  useEffect(() => {
    if (run === null) return;
    // The server's own first replay, right after the event, is every clock's first reading.
    let current: LagClocks = firstReadings(run);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const show = (next: LagClocks) => {
      current = next;
      setClocks({ run, clocks: next });
    };
    const stop = () => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      const now = run.eventAt + (Date.now() - startedAt);
      show(mapAreas((area) => stopClock(current[area], run, now)));
    };
    const startedAt = Date.now();
    const tick = async () => {
      const began = Date.now();
      const open = AUTH_AREAS.filter((area) => !isDecided(current[area]));
      const answers = await Promise.all(open.map((area) => replay(run.copies[area].handle)));
      if (stopped) return;
      const next = { ...current };
      open.forEach((area, i) => {
        const answer = answers[i];
        next[area] =
          answer == null
            ? stopClock(current[area], run, run.eventAt + (Date.now() - startedAt))
            : advanceClock(current[area], run, area, answer);
      });
      show(next);
      if (AUTH_AREAS.every((area) => isDecided(next[area]))) return;
      timer = setTimeout(() => void tick(), Math.max(0, TICK_MS - (Date.now() - began)));
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") stop();
    };
    document.addEventListener("visibilitychange", onVisibility);
    timer = setTimeout(() => void tick(), TICK_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [run]);

  if (clocks.run === run) return clocks.clocks;
  return run === null ? WAITING : firstReadings(run);
}

function firstReadings(run: LagRun): LagClocks {
  return mapAreas((area) => advanceClock(WAITING[area], run, area, run.first[area]));
}

function mapAreas(fn: (area: AuthArea) => LagClock): LagClocks {
  return { session: fn("session"), sealed: fn("sealed"), jwt: fn("jwt") };
}
