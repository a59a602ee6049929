/**
 * What a form says when the server refuses it, by what happened: the words are the messages files'
 * (`forms.refusals`), in the reader's language. The JSON API says the same in English
 * (./responses.ts; refusals.test.ts holds the two together) and adds a code for programs.
 */
export type FormRefusal =
  | {
      reason:
        | "invalid_credentials"
        | "store_unavailable"
        | "not_current_password"
        | "lab_full"
        | "username_taken"
        | "dpop_refused";
    }
  | { reason: "throttled" | "lab_unavailable" | "signup_throttled"; retryAfterSeconds: number }
  | { reason: "session_limit"; limit: number };

/** A translator of the `forms` namespace (next-intl's `t`, on the server or in the browser). */
export type Translate = (key: string, values?: Record<string, number>) => string;

const KEYS: Record<FormRefusal["reason"], string> = {
  invalid_credentials: "invalidCredentials",
  store_unavailable: "storeUnavailable",
  not_current_password: "notCurrentPassword",
  lab_full: "labFull",
  username_taken: "usernameTaken",
  dpop_refused: "dpopRefused",
  throttled: "throttled",
  lab_unavailable: "labUnavailable",
  signup_throttled: "signupThrottled",
  session_limit: "sessionLimit",
};

export function refusalMessage(t: Translate, refusal: FormRefusal): string {
  const key = `refusals.${KEYS[refusal.reason]}`;
  if ("retryAfterSeconds" in refusal) return t(key, { seconds: refusal.retryAfterSeconds });
  if ("limit" in refusal) return t(key, { limit: refusal.limit });
  return t(key);
}

/** The refusal an API error answer (`{ error, retryAfter?, limit? }`) stands for, if a form knows it. */
export function refusalOfAnswer(answer: {
  error?: unknown;
  retryAfter?: unknown;
  limit?: unknown;
}): FormRefusal | null {
  const retryAfterSeconds = typeof answer.retryAfter === "number" ? answer.retryAfter : 0;
  switch (answer.error) {
    case "invalid_credentials":
    case "store_unavailable":
      return { reason: answer.error };
    case "too_many_attempts":
      return { reason: "throttled", retryAfterSeconds };
    case "lab_unavailable":
      return { reason: "lab_unavailable", retryAfterSeconds };
    case "session_limit":
      return {
        reason: "session_limit",
        limit: typeof answer.limit === "number" ? answer.limit : 0,
      };
    case "invalid_dpop_proof":
    case "use_dpop_nonce":
      return { reason: "dpop_refused" };
    default:
      return null;
  }
}
