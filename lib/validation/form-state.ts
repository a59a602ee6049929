import { z } from "zod";

/** How a form's answer is shaped: per-field messages, and the fields read from its FormData. */

export type FieldErrors<T> = Partial<Record<keyof T, string[]>>;

/** State of a form rendered by useActionState: never carries a password back to the page. */
export type FormState<T> = {
  error?: string;
  fieldErrors?: FieldErrors<T>;
  values?: Partial<Record<Exclude<keyof T, "password">, string>>;
};

/** Flattens zod issues into per-field messages for a form or a 400 response. */
export function fieldErrorsOf<T>(error: z.ZodError<T>): FieldErrors<T> {
  return z.flattenError(error).fieldErrors as FieldErrors<T>;
}

/**
 * One field of a server action's form. An action is a public endpoint whose arguments the caller
 * chooses: a request made by hand can pass no FormData at all (`[]`), which must read as an empty
 * form — an expected failure with a message, never a TypeError and a 500.
 */
export function formField(formData: unknown, name: string): FormDataEntryValue | null {
  return formData instanceof FormData ? formData.get(name) : null;
}
