"use server";

import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { revokeDevice, revokeOtherDevices } from "@/lib/accounts/self-service";
import { requireSession } from "@/lib/auth/dal";
import { loginUrl } from "@/lib/auth/login/redirects";
import { formWords } from "@/lib/http/form-words";
import { fieldErrorsOf, type FormState, formField } from "@/lib/validation/form-state";
import type { ReauthenticationInput } from "@/lib/validation/accounts";
import { sessionHandleSchema } from "@/lib/validation/ids";
import { currentLoginClient } from "@/lib/auth/login/device-cookie";
import { freshSessionProof, requireFreshSession } from "@/lib/auth/step-up/step-up";
import { proveByPassword, type FreshAuthentication } from "@/lib/auth/step-up/proof";
import type { PublicUser } from "@/lib/users/public-user";
import { config } from "@/config";
import { listDevices } from "@/lib/auth/session/devices";
import { startSession } from "@/lib/auth/session/tokens";
import { simulatedUserAgent } from "./simulated";

export type RevokeOthersState = FormState<ReauthenticationInput> & {
  revoked?: number;
  /** The login was too old: the form must ask for the password. */
  stale?: boolean;
};

// This device's own session ended while it asked: another device won the race.
const LOST = loginUrl("session", "/session/devices", "session_not_found");
// This device's own session was the oldest, and a login from "another device" pushed it out.
const EVICTED = loginUrl("session", "/session/devices", "session_evicted");

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
 * The limit, shown live: this user logs in from `count` made-up devices, one after the other —
 * each a real startSession, the limit and its policy applied as to any login. Pushing other
 * devices out is as sensitive as logging them out, so a stale login types its password first.
 * When this browser's own session is pushed out, it goes to the login page, which says why.
 */
export async function logInElsewhereAction(formData: FormData): Promise<void> {
  const { auth } = await requireFreshSession("/session/devices");
  const asked = Number(formField(formData, "count"));
  const count = Number.isInteger(asked)
    ? Math.min(Math.max(asked, 1), config.session.limit + 1)
    : 1;
  const known = (await listDevices(auth.user.id, auth.session.id)).length;
  let evicted = 0;
  for (let i = 0; i < count; i++) {
    const metadata = { userAgent: simulatedUserAgent(known + i), ip: null };
    const started = await startSession(auth.user.id, metadata);
    if (!started.ok) redirect(`/session/devices?done=refused&added=${i}`);
    // This very request already passed its check, so it would render as logged in: say it here.
    if (started.evictedIds.includes(auth.session.id)) redirect(EVICTED);
    evicted += started.evicted;
  }
  redirect(`/session/devices?done=elsewhere&added=${count}&evicted=${evicted}`);
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
    return { stale: true, error: (await getTranslations("devices.others"))("tooOld") };
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
  const words = await formWords();
  const parsed = words.schemas.reauthenticationSchema.safeParse({ password: typed });
  if (!parsed.success) return { stale, fieldErrors: fieldErrorsOf(parsed.error) };
  const confirmed = await proveByPassword(user, parsed.data.password, await currentLoginClient());
  if (confirmed.ok) return confirmed.proof;
  const error =
    "retryAfterSeconds" in confirmed
      ? words.refusal(confirmed)
      : (await getTranslations("devices.others"))("wrongPassword");
  return { stale, error };
}
