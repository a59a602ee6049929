"use client";
// Client component: useActionState keeps field errors and typed values between attempts.

import { useActionState } from "react";
import { FormMessage, SubmitButton, TextField } from "@/app/_components/form-fields";
import { signupAction } from "./actions";

export function SignupForm() {
  const [state, formAction] = useActionState(signupAction, {});
  return (
    <form action={formAction} className="space-y-4" aria-describedby="signup-message" noValidate>
      <TextField
        name="username"
        label="Username"
        autoComplete="username"
        defaultValue={state.values?.username}
        errors={state.fieldErrors?.username}
      />
      <TextField
        name="displayName"
        label="Display name"
        autoComplete="name"
        defaultValue={state.values?.displayName}
        errors={state.fieldErrors?.displayName}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.password}
      />
      <FormMessage id="signup-message" message={state.error} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
