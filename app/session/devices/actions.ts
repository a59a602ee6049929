"use server";

import { redirect } from "next/navigation";
import { revokeDevice, revokeOtherDevices } from "@/lib/accounts/self-service";
import { requireSession } from "@/lib/auth/dal";
import { loginUrl } from "@/lib/auth/login/redirects";
import { retryLaterMessage } from "@/lib/http/responses";
import { fieldErrorsOf, type FormState, formField } from "@/lib/validation/form-state";
import { reauthenticationSchema, type ReauthenticationInput } from "@/lib/validation/accounts";
import { sessionHandleSchema } from "@/lib/validation/ids";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";
import { freshSessionProof, requireFreshSession } from "@/lib/auth/step-up/step-up";
import { proveByPassword, type FreshAuthentication } from "@/lib/auth/step-up/proof";
import type { PublicUser } from "@/lib/users/public-user";

export type RevokeOthersState = FormState<ReauthenticationInput> & {
  revoked?: number;
  /** The login was too old: the form must ask for the password. */
  stale?: boolean;
};

// This device's own session ended while it asked: another device won the race.
const LOST = loginUrl("session", "/session/devices", "session_not_found");

/**
 * Logs one device out (its session record is deleted) — sensitive, like logging them all out:
 * ending them one by one reaches the same effect. A stale login goes to reauth and back first.
 */
export async function revokeDeviceAction(formData: FormData): Promise<void> {
  const { auth, proof } = await requireFreshSession("/session/devices");
  const handle = sessionHandleSchema.safeParse(formField(formData, "id"));
  const result = handle.success
    ? await revokeDevice(proof, auth.session, handle.data)
    : ({ ok: false, reason: "session_not_found" } as const);
  if (!result.ok && result.reason === "caller_gone") redirect(LOST);
  redirect(`/session/devices?done=${result.ok ? "revoked" : "not_found"}`);
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
  const auth = await requireSession("/session/devices");
  const typed = formField(formData, "password");
  const fresh = await freshSessionProof(auth);
  const proof = typed === "" ? fresh : await proofFromPassword(auth.user, typed, fresh === null);
  if (proof === null) {
    return { stale: true, error: "Your login is too old for this: type your password again." };
  }
  if (!("userId" in proof)) return proof; // what to tell the form
  const result = await revokeOtherDevices(proof, auth.session);
  if (!result.ok) redirect(LOST);
  return { revoked: result.revoked };
}

/** The password typed in the form, as a proof — or what to tell the form. */
async function proofFromPassword(
  user: PublicUser,
  typed: FormDataEntryValue | null,
  stale: boolean,
): Promise<FreshAuthentication | RevokeOthersState> {
  const parsed = reauthenticationSchema.safeParse({ password: typed });
  if (!parsed.success) return { stale, fieldErrors: fieldErrorsOf(parsed.error) };
  const confirmed = await proveByPassword(user, parsed.data.password, await currentLoginClient());
  if (confirmed.ok) return confirmed.proof;
  const error =
    "retryAfterSeconds" in confirmed
      ? retryLaterMessage(confirmed)
      : "That is not your current password.";
  return { stale, error };
}
