import { describe, expect, it } from "vitest";
import { createAccessToken } from "@/lib/auth/jwt/tokens";
import { validateAccessToken } from "@/lib/auth/jwt/validation";
import { tamperWith } from "@/lib/learn/tamper";

const alice = { id: 7, username: "alice", displayName: "Alice", role: "user" } as const;

describe("the integrity demonstration", () => {
  it("refuses every forged copy of a valid token, each with the verifier's own reason", async () => {
    const { token } = await createAccessToken(alice);
    expect((await validateAccessToken(token)).ok).toBe(true);
    const outcomes = await tamperWith(token);
    expect(outcomes).toHaveLength(3);
    expect(outcomes.every((o) => !o.accepted)).toBe(true);
    expect(outcomes[0]?.reason).toBe("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
    expect(outcomes[2]?.reason).toBe("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
    expect(outcomes[1]?.reason).toMatch(/^ERR_/);
  });
});
