"use server";

import { headers } from "next/headers";
import { changePassword } from "@/lib/account";
import { setSessionCookie } from "@/lib/auth/cookies";
import { requireSession } from "@/lib/auth/dal";
import { sealSessionToken } from "@/lib/auth/session";
import { clientAddress, requestMetadata } from "@/lib/http/request";
import { tooManyAttemptsMessage } from "@/lib/http/responses";
import {
  fieldErrorsOf,
  passwordChangeSchema,
  type FormState,
  type PasswordChangeInput,
} from "@/lib/validation";

export type PasswordChangeState = FormState<PasswordChangeInput> & { revoked?: number };

/** The password form: checks afresh who is asking, then changes the password and rotates the session. */
export async function changePasswordAction(
  _previous: PasswordChangeState,
  formData: FormData,
): Promise<PasswordChangeState> {
  const { user, session } = await requireSession("/account");
  const parsed = passwordChangeSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    logoutOthers: formData.get("logoutOthers") === "on",
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const requestHeaders = await headers();
  const result = await changePassword(
    user,
    session,
    parsed.data,
    clientAddress(requestHeaders),
    requestMetadata(requestHeaders),
  );
  if (!result.ok) {
    const message =
      result.reason === "throttled"
        ? tooManyAttemptsMessage(result.retryAfterSeconds)
        : "That is not your current password.";
    return { fieldErrors: { currentPassword: [message] } };
  }
  await setSessionCookie(await sealSessionToken(result.token));
  return { revoked: result.revokedOthers };
}
