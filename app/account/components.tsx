"use client";
// Client component: useActionState keeps field errors and shows the outcome in place.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton, TextField } from "@/app/_components/form-fields";
import { changePasswordAction, type PasswordChangeState } from "./actions";

export function PasswordForm() {
  const [state, formAction] = useActionState<PasswordChangeState, FormData>(
    changePasswordAction,
    {},
  );
  const t = useTranslations("account");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.currentPassword}
      />
      <TextField
        name="newPassword"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.newPassword}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="logoutOthers" defaultChecked /> {t("logoutOthers")}
      </label>
      {state.revoked !== undefined && (
        <p role="status" className="text-sm text-green-800">
          {t("changed", { count: state.revoked })}
        </p>
      )}
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
