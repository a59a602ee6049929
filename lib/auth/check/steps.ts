/**
 * The steps a credential check is made of, by name, and how a caller runs them: the DAL and the
 * proxy record each one in the request's trace (ground/trace-recorder.ts), the inspector and the
 * tests just run them. The names are what the inspector shows.
 */

export type CheckStep =
  | "unseal_cookie"
  | "store_lookup"
  | "cookie_cache"
  | "proxy_result"
  | "verify_signature"
  | "verify_dpop_proof"
  | "revocation_check";

/** Who ran a step: the first gate, or the check that counts. */
export type CheckSite = "proxy" | "dal";

type StepResult = { ok: true; cached?: boolean } | { ok: false; reason: string };

/** Runs one step of a check (the DAL traces it; the inspector just runs it). */
export type StepRunner = <R extends StepResult>(
  step: CheckStep,
  run: () => Promise<R>,
) => Promise<R>;

export const untraced: StepRunner = (_step, run) => run();

export interface CheckOptions {
  now?: number;
  step?: StepRunner;
}
