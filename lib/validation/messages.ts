import { createTranslator } from "next-intl";
import en from "@/messages/en.json";

/**
 * The sentences a schema says when it refuses an input, from the messages files (`forms.validation`),
 * so a form can speak its reader's language while the JSON API keeps one English: the same
 * sentences the English form shows.
 */
export type ValidationKey = keyof typeof en.forms.validation;

/** Says a validation message in one language, with its numbers (`{min}`, `{max}`). */
export type Say = (key: ValidationKey, values?: Record<string, number>) => string;

const english = createTranslator({ locale: "en", messages: en, namespace: "forms.validation" });

/** The API's English. */
export const sayInEnglish: Say = (key, values) => english(key, values);
