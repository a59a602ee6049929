import { describe, expect, it } from "vitest";
import { config } from "@/config";
import { explainReason } from "@/lib/ui/reasons";

describe("explainReason", () => {
  it("says why the limit logged a device out, with the limit in force", () => {
    const limit = config.session.limit;
    expect(explainReason("session_evicted")).toBe(
      `You were logged out because a newer login passed the limit of ${limit} screens: this account may be logged in on at most ${limit} devices at once, and the oldest login made way.`,
    );
    expect(explainReason("session_evicted", "ko")).toContain(`${limit}`);
    expect(explainReason("session_evicted", "ko")).not.toContain("{limit}");
  });

  it("reads the same English as before, and every reason in Korean too", () => {
    expect(explainReason("session_not_found")).toBe(
      "The server has no session for that cookie: it was logged out or revoked.",
    );
    expect(explainReason("ERR_JWT_EXPIRED", "ko")).toMatch(/exp/);
    expect(explainReason("session_idle_expired", "ko")).not.toBe(
      explainReason("session_idle_expired"),
    );
  });

  it("knows no code outside its list, not even an object's own keys", () => {
    expect(explainReason("nope")).toBeNull();
    expect(explainReason("toString")).toBeNull();
    expect(explainReason("constructor", "ko")).toBeNull();
  });
});
