import type { RecordedCheck } from "@/ground/trace-recorder";
import type { AuthArea } from "@/config/types";
import type { CheckSite, CheckStep } from "@/lib/auth/check/steps";
import type { SetCookieSummary } from "@/lib/inspect/set-cookie";

/**
 * One traced request as the inspector keeps it (./traces.ts) and draws it: which credential
 * arrived (its size, never its value), each check that ran, the decision, the response and the
 * instance that gave it.
 */

// "bff_cookie": the browser's cookie to the backend-for-frontend (no token in it); "bff_hop": the
// Bearer JWT the BFF itself sends on to the resource API, on the browser's behalf.
export type CredentialKind =
  | "session_cookie"
  | "sealed_cookie"
  | "jwt_cookie"
  | "bearer"
  | "dpop"
  | "bff_cookie"
  | "bff_hop"
  | "none";

/** A recorded step, with the names the checks give their steps (lib/auth/check/steps.ts). */
export interface TraceCheck extends RecordedCheck {
  step: CheckStep;
  where: CheckSite;
}

export interface Trace {
  id: string;
  at: number;
  method: string;
  path: string;
  area: AuthArea | "other";
  credential: { kind: CredentialKind; bytes: number };
  checks: TraceCheck[];
  decision: { ok: boolean; reason: string } | null;
  status: number | null;
  dbQueries: number;
  totalMicros: number | null;
  setCookies: SetCookieSummary[];
  /** The instance that answered (config/instance.ts): behind a load balancer, one of several. */
  instance: string;
}
