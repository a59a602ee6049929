import { describe, expect, it } from "vitest";
import { parseAnswers, recommend, type Answers } from "@/lib/guide/recommend";
import { CLAIMS } from "@/lib/claims/registry";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";

const none: Answers = {
  revoke: false,
  services: false,
  offline: false,
  native: false,
  instances: false,
};

describe("the decision guide", () => {
  it("recommends a plain session to one web app", () => {
    expect(recommend(none).choice).toBe("session");
    expect(recommend({ ...none, revoke: true }).headline).toBe("plainSession");
  });

  it("adds a shared store for several instances, and the header transport for native apps", () => {
    const result = recommend({ ...none, instances: true, native: true, revoke: true });
    expect(result.choice).toBe("session");
    expect(result.headline).toBe("sharedSessions");
    expect(result.reasons.map((r) => r.claim)).toEqual(expect.arrayContaining(["C05", "C34"]));
  });

  it("recommends JWTs when other services or offline devices verify", () => {
    expect(recommend({ ...none, services: true }).choice).toBe("jwt");
    expect(recommend({ ...none, offline: true }).reasons.map((r) => r.claim)).toContain("C30");
  });

  it("advises binding the tokens to the browser's key (DPoP) whenever JWTs travel", () => {
    for (const answers of [
      { ...none, services: true },
      { ...none, offline: true, revoke: true },
    ]) {
      expect(recommend(answers).reasons.map((r) => r.claim)).toContain("C50");
    }
    expect(recommend(none).reasons.map((r) => r.claim)).not.toContain("C50");
  });

  it("recommends the hybrid when they verify and revocation must be instant", () => {
    const result = recommend({ ...none, services: true, revoke: true });
    expect(result.choice).toBe("hybrid");
    expect(result.reasons.map((r) => r.claim)).toEqual(expect.arrayContaining(["C25", "C23"]));
  });

  it("links every reason to a registered claim, worded in every language", () => {
    const ids = new Set(CLAIMS.map((c) => c.id));
    for (const mask of Array.from({ length: 32 }, (_, i) => i)) {
      const answers: Answers = {
        revoke: (mask & 1) > 0,
        services: (mask & 2) > 0,
        offline: (mask & 4) > 0,
        native: (mask & 8) > 0,
        instances: (mask & 16) > 0,
      };
      const result = recommend(answers);
      for (const messages of [en, ko])
        expect(messages.guide.headlines[result.headline]).toBeTruthy();
      for (const reason of result.reasons) {
        expect(ids.has(reason.claim as never)).toBe(true);
        for (const messages of [en, ko]) {
          const texts: Record<string, string> = messages.guide.reasonTexts;
          expect(texts[reason.id], `${reason.id} in ${messages.header.language}`).toBeTruthy();
        }
      }
    }
  });

  it("refuses unanswered or invalid answers, naming them", () => {
    expect(parseAnswers({ revoke: "yes", services: "maybe" }).missing).toEqual([
      "services",
      "offline",
      "native",
      "instances",
    ]);
    const all = { revoke: "yes", services: "no", offline: "no", native: "no", instances: "yes" };
    expect(parseAnswers(all).answers).toEqual({ ...none, revoke: true, instances: true });
  });
});
