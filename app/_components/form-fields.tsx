"use client";
// Client component: it shows the form's pending state while the server action runs.

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

export function TextField({
  name,
  label,
  type = "text",
  autoComplete,
  defaultValue,
  errors,
}: {
  name: string;
  label: string;
  type?: "text" | "password";
  autoComplete: string;
  defaultValue?: string;
  errors?: string[];
}) {
  const errorId = `${name}-error`;
  const invalid = errors !== undefined && errors.length > 0;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        className="w-full rounded-md border border-slate-300 px-3 py-2 aria-invalid:border-red-500"
      />
      {invalid && (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({ children }: { children: string }) {
  const { pending } = useFormStatus();
  const t = useTranslations("login.form");
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-md bg-slate-900 px-4 py-2 text-white disabled:opacity-60"
    >
      {pending ? t("wait") : children}
    </button>
  );
}

/** The form-level message region: announced politely to screen readers when it changes. */
export function FormMessage({ message, id }: { message?: string; id: string }) {
  return (
    <div id={id} aria-live="polite" className="min-h-6 text-sm text-red-700">
      {message ? <p role="alert">{message}</p> : null}
    </div>
  );
}
