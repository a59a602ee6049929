/**
 * The brute-force lab's runner, in the learner's browser: wrong passwords fired one after another
 * at the real login API of this server, honouring each 429's Retry-After until a small budget of
 * waiting is spent — so a run is bounded, and shows the free failures, then the growing waits.
 */

export interface Attempt {
  n: number;
  status: number;
  milliseconds: number;
  retryAfter: number | null;
}

export interface RunLimits {
  maxAttempts: number;
  /** Total seconds of Retry-After the run will wait out before it stops. */
  maxWaitSeconds: number;
}

export const DEFAULT_LIMITS: RunLimits = { maxAttempts: 16, maxWaitSeconds: 3 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fireWrongPasswords(
  username: string,
  onAttempt: (attempt: Attempt) => void,
  limits: RunLimits = DEFAULT_LIMITS,
): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  let waited = 0;
  for (let n = 1; n <= limits.maxAttempts; n++) {
    const started = performance.now();
    const response = await fetch("/api/session/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password: `wrong-guess-${n}-${Math.random()}` }),
    });
    await response.body?.cancel();
    const header = response.headers.get("retry-after");
    const attempt: Attempt = {
      n,
      status: response.status,
      milliseconds: performance.now() - started,
      retryAfter: header === null ? null : Number(header),
    };
    attempts.push(attempt);
    onAttempt(attempt);
    if (attempt.status === 429) {
      const wait = attempt.retryAfter ?? 1;
      if (waited + wait > limits.maxWaitSeconds) break;
      waited += wait;
      await sleep(wait * 1000);
    }
  }
  return attempts;
}

/** The median of the checked answers' times (the 401s: a password was actually compared). */
export function medianCheckedMs(attempts: readonly Attempt[]): number | null {
  const times = attempts
    .filter((a) => a.status === 401)
    .map((a) => a.milliseconds)
    .sort((a, b) => a - b);
  if (times.length === 0) return null;
  const mid = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}
