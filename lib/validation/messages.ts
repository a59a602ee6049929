import en from "@/messages/en.json";

/**
 * The sentences a schema says when it refuses an input, from the messages files (`forms.validation`),
 * so a form can speak its reader's language while the JSON API keeps one English: the same
 * sentences the English form shows.
 */
export type ValidationKey = keyof typeof en.forms.validation;

/** Says a validation message in one language, with its numbers (`{min}`, `{max}`). */
export type Say = (key: ValidationKey, values?: Record<string, number>) => string;

/**
 * The API's English. Its sentences take plain `{name}` arguments only, so they are filled here
 * without an ICU formatter: this module also runs outside Next.js (scripts, the operator's start).
 */
export const sayInEnglish: Say = (key, values = {}) =>
  en.forms.validation[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
