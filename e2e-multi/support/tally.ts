import type { Answer } from "./http";

/** Counts of one side of the kill: 2xx, other answers, failures (no answer, or a 5xx). */
interface Side {
  served: number;
  refused: number;
  failed: number;
  byInstance: Map<string, number>;
}

const side = (): Side => ({ served: 0, refused: 0, failed: 0, byInstance: new Map() });

/**
 * What the load's requests got, before and after the kill, and which instance served them. A
 * request counts on the side it was *sent* on: one in flight on the killed instance when it died
 * is a "before" request, whatever its answer — it may fail, unacknowledged, and is not what "the
 * others keep serving" is about.
 */
export class Tally {
  before = side();
  after = side();
  private current = this.before;

  startAfter(): void {
    this.current = this.after;
  }

  /** The side a request sent now counts on. */
  sending(): Side {
    return this.current;
  }

  /** Counts one request's answer (null: no answer at all) on its side and hands it back. */
  count(answer: Answer | null, counts: Side = this.current): Answer | null {
    if (answer === null || answer.status >= 500) counts.failed += 1;
    else if (answer.status < 300) counts.served += 1;
    else counts.refused += 1;
    const id = answer?.instance ?? null;
    if (id !== null) counts.byInstance.set(id, (counts.byInstance.get(id) ?? 0) + 1);
    return answer;
  }

  describe(which: "before" | "after"): string {
    const counts = this[which];
    const by = [...counts.byInstance].map(([id, n]) => `${id} ${n}`).join(", ");
    return (
      `${counts.served} served (2xx), ${counts.refused} refused (4xx), ${counts.failed} failed` +
      (by === "" ? "" : `; answered by ${by}`)
    );
  }
}

/** Resolves once `condition` holds (asked every 50 ms); throws after `timeoutMs`. */
export async function whenTrue(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
