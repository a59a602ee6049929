"use client";
// Client component: useActionState shows the re-authentication's outcome in place.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-fields";
import { revokeOthersAction, type RevokeOthersState } from "./actions";

/** `fresh`: the login is recent enough for a sensitive action (step-up) without the password. */
export function RevokeOthersForm({ fresh }: { fresh: boolean }) {
  const [state, formAction] = useActionState<RevokeOthersState, FormData>(revokeOthersAction, {});
  const t = useTranslations("devices.others");
  const askPassword = !fresh || state.stale === true;
  return (
    <form action={formAction} className="space-y-3" aria-describedby="revoke-message" noValidate>
      {askPassword ? (
        <TextField
          name="password"
          label={t("password")}
          type="password"
          autoComplete="current-password"
          errors={state.fieldErrors?.password}
        />
      ) : (
        <input type="hidden" name="password" value="" />
      )}
      <FormMessage id="revoke-message" message={state.error} />
      {state.revoked !== undefined && (
        <p role="status" className="text-sm text-green-800">
          {t("done", { count: state.revoked })}
        </p>
      )}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
