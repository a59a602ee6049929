import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { refusalMessage, refusalOfAnswer, type FormRefusal, type Translate } from "./refusals";
import {
  INVALID_CREDENTIALS_MESSAGE,
  labUnavailableMessage,
  sessionLimitMessage,
  STORE_UNAVAILABLE_MESSAGE,
  tooManyAttemptsMessage,
} from "./responses";

const translator = (locale: string, messages: object): Translate => {
  const t = createTranslator({ locale, messages: messages as Record<string, string> });
  return (key, values) => (t as unknown as Translate)(`forms.${key}`, values);
};
const inEnglish = translator("en", en);
const inKorean = translator("ko", ko);

describe("a form's refusal", () => {
  // The English form says what the API says: people read both, and e2e specs find the words.
  it.each<[FormRefusal, string]>([
    [{ reason: "invalid_credentials" }, INVALID_CREDENTIALS_MESSAGE],
    [{ reason: "throttled", retryAfterSeconds: 1 }, tooManyAttemptsMessage(1)],
    [{ reason: "throttled", retryAfterSeconds: 42 }, tooManyAttemptsMessage(42)],
    [{ reason: "lab_unavailable", retryAfterSeconds: 60 }, labUnavailableMessage(60)],
    [{ reason: "session_limit", limit: 3 }, sessionLimitMessage(3)],
    [{ reason: "store_unavailable" }, STORE_UNAVAILABLE_MESSAGE],
    [{ reason: "not_current_password" }, "That is not your current password."],
  ])("%j reads in English as the API's message", (refusal, english) => {
    expect(refusalMessage(inEnglish, refusal)).toBe(english);
  });

  it("is said in Korean with its numbers", () => {
    expect(refusalMessage(inKorean, { reason: "throttled", retryAfterSeconds: 42 })).toBe(
      "실패한 시도가 너무 많습니다. 42초 후에 다시 시도하세요.",
    );
    expect(refusalMessage(inKorean, { reason: "session_limit", limit: 3 })).toContain("3대");
  });

  it("is read from an API answer's code, never from its English message", () => {
    expect(refusalOfAnswer({ error: "too_many_attempts", retryAfter: 7 })).toEqual({
      reason: "throttled",
      retryAfterSeconds: 7,
    });
    expect(refusalOfAnswer({ error: "session_limit", limit: 3 })).toEqual({
      reason: "session_limit",
      limit: 3,
    });
    expect(refusalOfAnswer({ error: "use_dpop_nonce" })).toEqual({ reason: "dpop_refused" });
    expect(refusalOfAnswer({ error: "something_new" })).toBeNull();
  });
});
