import "server-only";
import { createLabAccount, type LabAccountResult } from "@/lib/compare/lab-account";
import { logInWithJwt, logInWithSealed, logInWithSession } from "@/lib/auth/login/login";
import { rotateInspectorId } from "@/lib/inspect/rotate-id";
import { isStoreUnavailable } from "@/lib/session-store/store";

/**
 * The FAQ's one click for a first-time visitor: a throw-away account (the compare view's, same
 * throttle, same two-hour life), logged in to all three areas in this browser, so every answer's
 * evidence is this browser's own state and traces rather than a demo's.
 */

/** Why the click signed nobody in; each has its words in `faq.start.refused`. */
export type EvidenceRefusal =
  "throttled" | "lab_full" | "lab_unavailable" | "store_unavailable" | "failed";

export const EVIDENCE_REFUSALS: readonly EvidenceRefusal[] = [
  "throttled",
  "lab_full",
  "lab_unavailable",
  "store_unavailable",
  "failed",
];

export type EvidenceSignIn =
  { ok: true } | { ok: false; reason: EvidenceRefusal; retryAfterSeconds: number };

const AREA_LOGINS = [logInWithSession, logInWithSealed, logInWithJwt] as const;

async function makeAccount(client: string | null): Promise<LabAccountResult | null> {
  try {
    return await createLabAccount(client);
  } catch (error) {
    // Making the account first ends the expired ones' sessions: a store that is away says so.
    if (isStoreUnavailable(error)) return null;
    throw error;
  }
}

/** Signs this browser in to every area with a new throw-away account, or says why not. */
export async function signInEverywhere(client: string | null): Promise<EvidenceSignIn> {
  const made = await makeAccount(client);
  if (made === null) return { ok: false, reason: "store_unavailable", retryAfterSeconds: 5 };
  if (!made.ok) return made;
  for (const logIn of AREA_LOGINS) {
    const result = await logIn(made.credentials);
    if (!result.ok) {
      if (result.reason === "throttled" || result.reason === "lab_unavailable") return result;
      if (result.reason === "store_unavailable") {
        return { ok: false, reason: "store_unavailable", retryAfterSeconds: 5 };
      }
      return { ok: false, reason: "failed", retryAfterSeconds: 0 };
    }
    await rotateInspectorId();
  }
  return { ok: true };
}
