import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";

describe("language negotiation", () => {
  it("follows Accept-Language, respecting q-values, and falls back to English", () => {
    expect(negotiateLocale("ko-KR,ko;q=0.9,en;q=0.8")).toBe("ko");
    expect(negotiateLocale("en-US,en;q=0.9,ko;q=0.8")).toBe("en");
    expect(negotiateLocale("fr;q=1, ko;q=0.5")).toBe("ko");
    expect(negotiateLocale("ko;q=0, en;q=0.1")).toBe("en");
    expect(negotiateLocale("de")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale(";;,q=x")).toBe("en");
  });
});
