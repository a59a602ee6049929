import "server-only";
import { redirect } from "next/navigation";
import { getJwtAuth, getSessionAuth } from "@/lib/auth/dal";
import { reauthenticateJwt, reauthenticateSession } from "@/lib/auth/step-up/reauth";
import { loginUrl, safeNextPath } from "@/lib/auth/login/redirects";
import { formWords } from "@/lib/http/form-words";
import { fieldErrorsOf, formField, type FormState } from "@/lib/validation/form-state";
import type { ReauthenticationInput } from "@/lib/validation/accounts";

/**
 * The re-authentication form of either area (its server action): the password typed again, then
 * back to where the sensitive action waits. Mirror of ./login-form.ts.
 */

export type ReauthState = FormState<ReauthenticationInput>;

export async function submitReauthForm(
  area: "session" | "jwt",
  formData: FormData,
): Promise<ReauthState> {
  const next = safeNextPath(formField(formData, "next"), area);
  const words = await formWords();
  const parsed = words.schemas.reauthenticationSchema.safeParse({
    password: formField(formData, "password"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  let result;
  if (area === "session") {
    const auth = await getSessionAuth();
    if (!auth.ok) redirect(loginUrl("session", next, auth.reason));
    result = await reauthenticateSession(auth, parsed.data.password);
  } else {
    const auth = await getJwtAuth();
    if (!auth.ok) redirect(loginUrl("jwt", next, auth.reason));
    result = await reauthenticateJwt(auth, parsed.data.password);
  }
  if (!result.ok) {
    const message = words.refusal(
      "retryAfterSeconds" in result ? result : { reason: "not_current_password" },
    );
    return { fieldErrors: { password: [message] } };
  }
  redirect(next);
}
