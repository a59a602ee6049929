"use client";
// Client component: useActionState keeps field errors and shows the outcome in place.

import { useActionState } from "react";
import { SubmitButton, TextField } from "@/app/_components/form-fields";
import { changePasswordAction, type PasswordChangeState } from "./actions";

export function PasswordForm() {
  const [state, formAction] = useActionState<PasswordChangeState, FormData>(
    changePasswordAction,
    {},
  );
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.currentPassword}
      />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.newPassword}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="logoutOthers" defaultChecked /> Log out all my other devices
      </label>
      {state.revoked !== undefined && (
        <p role="status" className="text-sm text-green-800">
          Password changed. {state.revoked} other session{state.revoked === 1 ? "" : "s"} ended, and
          this one now runs on a fresh token.
        </p>
      )}
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
