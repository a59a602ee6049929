import { describe, expect, it } from "vitest";
import { findUserById, findUserByUsername } from "@/db/queries/users";
import { createLabAccount, labAccountOf, purgeOldLabAccounts } from "@/lib/compare/lab-account";
import { cookieSettings } from "@/config";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { getSessionStore } from "@/lib/session-store";
import { signupSchema } from "@/lib/validation/accounts";

const jar = (value: string) => ({
  get: (name: string) => (name === cookieSettings.labAccount.name ? { name, value } : undefined),
});

describe("throw-away lab accounts", () => {
  it("purges only lab accounts past their lifetime, their sessions first", async () => {
    const hourAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
    const old = await makeUser({
      username: `lab-old${Date.now()}`,
      createdAt: hourAgo,
      throwaway: true,
    });
    const fresh = await makeUser({ username: `lab-new${Date.now()}`, throwaway: true });
    const shared = await makeUser({ createdAt: hourAgo });
    const { token } = await createSession(old.id, { userAgent: null, ip: null });
    expect(token).toBeTruthy();
    expect(await purgeOldLabAccounts()).toBeGreaterThanOrEqual(1);
    expect(await findUserById(old.id)).toBeNull();
    expect(await findUserById(fresh.id)).not.toBeNull();
    expect(await findUserById(shared.id)).not.toBeNull();
    expect((await getSessionStore().listForUser(old.id)).length).toBe(0);
  });

  it("deletes only accounts marked throw-away, whatever the others are called", async () => {
    const hoursAgo = new Date(Date.now() - 3 * 60 * 60 * 1000);
    const suffix = Date.now().toString(36);
    const people = await Promise.all(
      [`LAB-x${suffix}`, `Lab-y${suffix}`, `lab-z${suffix}`].map((username) =>
        makeUser({ username, createdAt: hoursAgo }),
      ),
    );
    const old = await makeUser({ username: `keep${suffix}`, createdAt: hoursAgo, throwaway: true });
    await purgeOldLabAccounts();
    for (const person of people)
      expect(await findUserById(person.id), person.username).not.toBeNull();
    expect(await findUserById(old.id)).toBeNull();
  });

  it("marks the accounts it makes as throw-away, and no one else's", async () => {
    const made = await createLabAccount(null, { remember: false });
    if (!made.ok) throw new Error("the sign-up throttle refused a first account");
    expect((await findUserByUsername(made.credentials.username))?.throwaway).toBe(true);
    expect((await makeUser()).throwaway).toBe(false);
  });

  it("believes only a cookie this server signed", async () => {
    expect(labAccountOf(jar("12.AAAAAAAAAAAAAAAAAAAAAA"))).toBeNull();
    expect(labAccountOf(jar("not a cookie"))).toBeNull();
    expect(labAccountOf(jar(""))).toBeNull();
  });

  it("keeps the lab- prefix out of sign-up", async () => {
    const attempt = signupSchema.safeParse({
      username: "lab-mine",
      displayName: "Mine",
      password: "a long unusual passphrase",
    });
    expect(attempt.success).toBe(false);
  });
});
