"use server";

import { redirect } from "next/navigation";
import { requireSession } from "@/lib/auth/dal";
import { revokeDevice, revokeOtherDevices } from "@/lib/auth/session/devices";
import { tooManyAttemptsMessage } from "@/lib/http/responses";
import { confirmPassword } from "@/lib/auth/authenticate";
import {
  fieldErrorsOf,
  reauthenticationSchema,
  sessionHandleSchema,
  type FormState,
  type ReauthenticationInput,
  formField,
} from "@/lib/validation";
import { currentLoginClient } from "@/lib/auth/device-cookie";

export type RevokeOthersState = FormState<ReauthenticationInput> & { revoked?: number };

/** Logs one device out (its session record is deleted). */
export async function revokeDeviceAction(formData: FormData): Promise<void> {
  const { user } = await requireSession("/session/devices");
  const handle = sessionHandleSchema.safeParse(formField(formData, "id"));
  const revoked = handle.success && (await revokeDevice(user.id, handle.data));
  redirect(`/session/devices?done=${revoked ? "revoked" : "not_found"}`);
}

/** Logs every other device out, after the password is typed again. */
export async function revokeOthersAction(
  _previous: RevokeOthersState,
  formData: FormData,
): Promise<RevokeOthersState> {
  const { user, session } = await requireSession("/session/devices");
  const parsed = reauthenticationSchema.safeParse({ password: formField(formData, "password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const confirmed = await confirmPassword(user, parsed.data.password, await currentLoginClient());
  if (!confirmed.ok) {
    const error =
      confirmed.reason === "throttled"
        ? tooManyAttemptsMessage(confirmed.retryAfterSeconds)
        : "That is not your current password.";
    return { error };
  }
  return { revoked: await revokeOtherDevices(user.id, session.id) };
}
