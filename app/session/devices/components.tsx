"use client";
// Client component: useActionState shows the re-authentication's outcome in place.

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-fields";
import { revokeOthersAction, type RevokeOthersState } from "./actions";

export function RevokeOthersForm() {
  const [state, formAction] = useActionState<RevokeOthersState, FormData>(revokeOthersAction, {});
  return (
    <form action={formAction} className="space-y-3" aria-describedby="revoke-message" noValidate>
      <TextField
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.password}
      />
      <FormMessage id="revoke-message" message={state.error} />
      {state.revoked !== undefined && (
        <p role="status" className="text-sm text-green-800">
          Logged out {state.revoked} other device{state.revoked === 1 ? "" : "s"}: their session
          records are gone, so their next request is refused.
        </p>
      )}
      <SubmitButton>Log out all other devices</SubmitButton>
    </form>
  );
}
