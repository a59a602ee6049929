import { describe, expect, it } from "vitest";
import { findUserById } from "@/db/queries/users";
import { labAccountOf, purgeOldLabAccounts } from "@/lib/compare/lab-account";
import { cookieSettings } from "@/lib/config";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { getSessionStore } from "@/lib/session-store";
import { signupSchema } from "@/lib/validation";

const jar = (value: string) => ({
  get: (name: string) => (name === cookieSettings.labAccount.name ? { name, value } : undefined),
});

describe("throw-away lab accounts (#12.4)", () => {
  it("purges only lab accounts past their lifetime, their sessions first", async () => {
    const hourAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
    const old = makeUser({ username: `lab-old${Date.now()}`, createdAt: hourAgo });
    const fresh = makeUser({ username: `lab-new${Date.now()}` });
    const shared = makeUser({ createdAt: hourAgo });
    const { token } = await createSession(old.id, { userAgent: null, ip: null });
    expect(token).toBeTruthy();
    expect(await purgeOldLabAccounts()).toBeGreaterThanOrEqual(1);
    expect(findUserById(old.id)).toBeNull();
    expect(findUserById(fresh.id)).not.toBeNull();
    expect(findUserById(shared.id)).not.toBeNull();
    expect((await getSessionStore().listForUser(old.id)).length).toBe(0);
  });

  it("believes only a cookie this server signed", () => {
    expect(labAccountOf(jar("12.AAAAAAAAAAAAAAAAAAAAAA"))).toBeNull();
    expect(labAccountOf(jar("not a cookie"))).toBeNull();
    expect(labAccountOf(jar(""))).toBeNull();
  });

  it("keeps the lab- prefix out of sign-up", () => {
    const attempt = signupSchema.safeParse({
      username: "lab-mine",
      displayName: "Mine",
      password: "a long unusual passphrase",
    });
    expect(attempt.success).toBe(false);
  });
});
