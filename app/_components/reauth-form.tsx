"use client";
// Client component: useActionState keeps the inline error when the password is refused.

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton, TextField } from "@/app/_components/form-fields";
import type { ReauthState } from "@/lib/http/reauth-form";

export function ReauthForm({
  action,
  next,
}: {
  action: (previous: ReauthState, formData: FormData) => Promise<ReauthState>;
  next: string;
}) {
  const [state, formAction] = useActionState<ReauthState, FormData>(action, {});
  const t = useTranslations("reauth");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.password}
      />
      <SubmitButton>{t("confirm")}</SubmitButton>
    </form>
  );
}
