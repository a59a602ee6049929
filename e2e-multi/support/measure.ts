import { test } from "@playwright/test";
import { OBSERVATION_SLACK_MS, PROPAGATION_BOUND_MS } from "./group";

const POLL_INTERVAL_MS = 50;

/**
 * Milliseconds from `since` until `check` first holds, asked again every 50 ms; throws once the
 * deadline (the bound, the slack, and as much again) has passed, so a broken propagation fails
 * with the time it waited rather than a test timeout.
 */
export async function millisecondsUntil(
  what: string,
  check: () => Promise<boolean>,
  since: number,
  timeoutMs = PROPAGATION_BOUND_MS + 2 * OBSERVATION_SLACK_MS,
): Promise<number> {
  while (!(await check())) {
    const waited = Date.now() - since;
    if (waited > timeoutMs) throw new Error(`${what}: still not so after ${waited} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return Date.now() - since;
}

/** A figure this run measured: printed, and kept with the test in the JSON report. */
export function report(line: string): void {
  console.log(`  measured: ${line}`);
  test.info().annotations.push({ type: "measured", description: line });
}
