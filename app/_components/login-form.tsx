"use client";
// Client component: useActionState keeps the form's errors and typed username between attempts.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-fields";
import type { LoginFormState } from "@/lib/http/login-form";

export function LoginForm({
  action,
  next,
}: {
  action: (state: LoginFormState, formData: FormData) => Promise<LoginFormState>;
  next: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const t = useTranslations("login.form");
  return (
    <form action={formAction} className="space-y-4" aria-describedby="login-message" noValidate>
      <input type="hidden" name="next" value={next} />
      <TextField
        name="username"
        label={t("username")}
        autoComplete="username"
        defaultValue={state.values?.username}
        errors={state.fieldErrors?.username}
      />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.password}
      />
      <FormMessage id="login-message" message={state.error} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
