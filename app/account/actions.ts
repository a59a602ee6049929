"use server";

import { headers } from "next/headers";
import { changePassword } from "@/lib/accounts/self-service";
import { setSessionCookie } from "@/lib/auth/cookies";
import { requireSession } from "@/lib/auth/dal";
import { requestMetadata } from "@/ground/client-address";
import { formWords } from "@/lib/http/form-words";
import { fieldErrorsOf, type FormState, formField } from "@/lib/validation/form-state";
import type { PasswordChangeInput } from "@/lib/validation/accounts";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";

export type PasswordChangeState = FormState<PasswordChangeInput> & { revoked?: number };

/** The password form: checks afresh who is asking, then changes the password and rotates the session. */
export async function changePasswordAction(
  _previous: PasswordChangeState,
  formData: FormData,
): Promise<PasswordChangeState> {
  const { user, session } = await requireSession("/account");
  const words = await formWords();
  const parsed = words.schemas.passwordChangeSchema.safeParse({
    currentPassword: formField(formData, "currentPassword"),
    newPassword: formField(formData, "newPassword"),
    logoutOthers: formField(formData, "logoutOthers") === "on",
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const requestHeaders = await headers();
  const result = await changePassword(
    user,
    session,
    parsed.data,
    await currentLoginClient(),
    requestMetadata(requestHeaders),
  );
  if (!result.ok) {
    const message = words.refusal(
      "retryAfterSeconds" in result ? result : { reason: "not_current_password" },
    );
    return { fieldErrors: { currentPassword: [message] } };
  }
  await setSessionCookie(result.token);
  return { revoked: result.revokedOthers };
}
