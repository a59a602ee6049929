import { config } from "@/config";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";

/**
 * Plain-words explanations of the reason codes a check can return, in each language (the
 * `reasons` messages). jose's codes are shown as they are (ERR_JWT_EXPIRED, …), next to a
 * sentence, so they can be looked up in its documentation.
 */
const EXPLANATIONS: Record<string, Record<string, string>> = { en: en.reasons, ko: ko.reasons };

/** A sentence for a reason code in `locale` (English by default), or null when the code is unknown. */
export function explainReason(reason: string, locale = "en"): string | null {
  const sentences = EXPLANATIONS[locale] ?? EXPLANATIONS.en!;
  if (!Object.hasOwn(sentences, reason)) return null;
  // The limit in force, as the check that evicted the session applied it.
  return sentences[reason]!.replaceAll("{limit}", String(config.session.limit));
}
