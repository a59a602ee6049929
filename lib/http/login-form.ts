import "server-only";
import { redirect } from "next/navigation";
import { logInWithSealed, logInWithJwt, logInWithSession } from "@/lib/auth/login/login";
import { rotateInspectorId } from "@/lib/inspect/rotate-id";
import { safeNextPath } from "@/lib/auth/login/redirects";
import type { AuthArea } from "@/config";
import { formWords } from "@/lib/http/form-words";
import { fieldErrorsOf, type FormState, formField } from "@/lib/validation/form-state";
import type { LoginInput } from "@/lib/validation/accounts";

export type LoginFormState = FormState<LoginInput>;

const LOG_IN = { session: logInWithSession, sealed: logInWithSealed, jwt: logInWithJwt } as const;

/**
 * The login forms' server action body: validate, log in with each area's mechanism in turn, then
 * go on. A single area's form goes to `next` (same area only); the compare page logs in to both.
 * Failures come back as form state, without the password, in the reader's language.
 */
export async function submitLoginForm(
  formData: FormData,
  { areas, destination }: { areas: readonly AuthArea[]; destination: string },
): Promise<LoginFormState> {
  const raw = {
    username: formField(formData, "username"),
    password: formField(formData, "password"),
  };
  const username = typeof raw.username === "string" ? raw.username.slice(0, 64) : "";
  const words = await formWords();
  const parsed = words.schemas.loginSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values: { username } };
  let clockReset = false;
  for (const area of areas) {
    const login = await LOG_IN[area](parsed.data);
    if (!login.ok) return { error: words.refusal(login), values: { username } };
    await rotateInspectorId();
    clockReset ||= login.clockReset;
  }
  // The page says so (app/_components/clock-reset-notice.tsx).
  redirect(clockReset ? withQuery(destination, "clock", "reset") : destination);
}

function withQuery(path: string, name: string, value: string): string {
  const url = new URL(path, "http://lab.invalid");
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}`;
}

/** The login form of one area: on success, on to `next` within that area. */
export async function submitAreaLoginForm(
  area: AuthArea,
  formData: FormData,
): Promise<LoginFormState> {
  return submitLoginForm(formData, {
    areas: [area],
    destination: safeNextPath(formField(formData, "next"), area),
  });
}
