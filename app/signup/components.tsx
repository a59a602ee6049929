"use client";
// Client component: useActionState keeps field errors and typed values between attempts.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-fields";
import { signupAction } from "./actions";

export function SignupForm() {
  const [state, formAction] = useActionState(signupAction, {});
  const t = useTranslations("signup");
  const fields = useTranslations("login.form");
  return (
    <form action={formAction} className="space-y-4" aria-describedby="signup-message" noValidate>
      <TextField
        name="username"
        label={fields("username")}
        autoComplete="username"
        defaultValue={state.values?.username}
        errors={state.fieldErrors?.username}
      />
      <TextField
        name="displayName"
        label={t("displayName")}
        autoComplete="name"
        defaultValue={state.values?.displayName}
        errors={state.fieldErrors?.displayName}
      />
      <TextField
        name="password"
        label={fields("password")}
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
      />
      <FormMessage id="signup-message" message={state.error} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
