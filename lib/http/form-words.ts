import "server-only";
import { getTranslations } from "next-intl/server";
import { refusalMessage, type FormRefusal } from "@/lib/http/refusals";
import { accountSchemas } from "@/lib/validation/accounts";

/**
 * A form's server action speaks the reader's language: its schemas refuse in it and its refusals
 * are said in it. (The API's schemas and answers stay English: they are for developers.)
 */
export interface FormWords {
  schemas: ReturnType<typeof accountSchemas>;
  refusal: (refusal: FormRefusal) => string;
}

export async function formWords(): Promise<FormWords> {
  const t = await getTranslations("forms");
  return {
    schemas: accountSchemas((key, values) => t(`validation.${key}`, values)),
    refusal: (refusal) => refusalMessage(t, refusal),
  };
}
