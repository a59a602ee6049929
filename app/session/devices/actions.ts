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
import { judgeNow, sessionFreshness } from "@/lib/auth/step-up";

export type RevokeOthersState = FormState<ReauthenticationInput> & {
  revoked?: number;
  /** The login was too old: the form must ask for the password. */
  stale?: boolean;
};

/** Logs one device out (its session record is deleted). */
export async function revokeDeviceAction(formData: FormData): Promise<void> {
  const { user } = await requireSession("/session/devices");
  const handle = sessionHandleSchema.safeParse(formField(formData, "id"));
  const revoked = handle.success && (await revokeDevice(user.id, handle.data));
  redirect(`/session/devices?done=${revoked ? "revoked" : "not_found"}`);
}

/**
 * Logs every other device out — a sensitive action (step-up): straight away within minutes of
 * the login, else only once the password is typed again. A password that is typed is always
 * checked.
 */
export async function revokeOthersAction(
  _previous: RevokeOthersState,
  formData: FormData,
): Promise<RevokeOthersState> {
  const { user, session } = await requireSession("/session/devices");
  const typed = formField(formData, "password");
  const freshness = sessionFreshness(session, await judgeNow());
  if (typed === "" && freshness.fresh) {
    return { revoked: await revokeOtherDevices(user.id, session.id) };
  }
  if (typed === "") {
    return { stale: true, error: "Your login is too old for this: type your password again." };
  }
  const parsed = reauthenticationSchema.safeParse({ password: typed });
  if (!parsed.success) return { stale: !freshness.fresh, fieldErrors: fieldErrorsOf(parsed.error) };
  const confirmed = await confirmPassword(user, parsed.data.password, await currentLoginClient());
  if (!confirmed.ok) {
    const error =
      confirmed.reason === "throttled"
        ? tooManyAttemptsMessage(confirmed.retryAfterSeconds)
        : "That is not your current password.";
    return { stale: !freshness.fresh, error };
  }
  return { revoked: await revokeOtherDevices(user.id, session.id) };
}
