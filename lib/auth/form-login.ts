import "server-only";
import { redirect } from "next/navigation";
import { logInWithJwt, logInWithSession } from "@/lib/auth/login";
import { safeNextPath } from "@/lib/auth/redirects";
import type { AuthArea } from "@/lib/config";
import { INVALID_CREDENTIALS_MESSAGE, tooManyAttemptsMessage } from "@/lib/http/responses";
import { fieldErrorsOf, loginSchema, type FormState, type LoginInput } from "@/lib/validation";

export type LoginFormState = FormState<LoginInput>;

/**
 * The login form's server action body, for either area: validate, log in with the area's
 * mechanism, go to `next` (same area only). Failures come back as form state, without the password.
 */
export async function submitLoginForm(area: AuthArea, formData: FormData): Promise<LoginFormState> {
  const raw = { username: formData.get("username"), password: formData.get("password") };
  const username = typeof raw.username === "string" ? raw.username.slice(0, 64) : "";
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values: { username } };
  const login =
    area === "session" ? await logInWithSession(parsed.data) : await logInWithJwt(parsed.data);
  if (!login.ok) {
    const error =
      login.reason === "throttled"
        ? tooManyAttemptsMessage(login.retryAfterSeconds)
        : INVALID_CREDENTIALS_MESSAGE;
    return { error, values: { username } };
  }
  redirect(safeNextPath(formData.get("next"), area));
}
