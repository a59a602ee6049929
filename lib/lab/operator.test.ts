import { describe, expect, it } from "vitest";
import { findUserByUsername, updateUser } from "@/db/queries/users";
import { verifyPassword } from "@/lib/auth/password/hashing";
import { validateSessionToken } from "@/lib/auth/session/validation";
import { createSession, makeUser } from "@/lib/test/fixtures";
import { signupSchema } from "@/lib/validation/accounts";
import { ensureOperator, operatorPasswordProblem } from "./operator";

const CHOSEN = "correct horse battery staple, operated";
const NEXT = "a second long passphrase for the lab";

/** ensureOperator with a log that records every line. */
async function run(password: string | null): Promise<{ outcome: unknown; lines: string[] }> {
  const lines: string[] = [];
  const outcome = await ensureOperator(password, (line) => lines.push(line));
  return { outcome, lines };
}

const operator = async () => (await findUserByUsername("operator"))!;

describe("LAB_OPERATOR_PASSWORD", () => {
  it.each([
    ["too short", "short-but-fine"],
    ["common", "passwordpassword"],
    ["the username in disguise", "Operator2024!!!!"],
  ])("refuses a %s password, without repeating it", async (_case, password) => {
    expect(operatorPasswordProblem(password)).not.toBeNull();
    const refused = run(password);
    await expect(refused).rejects.toThrow(/LAB_OPERATOR_PASSWORD/);
    await expect(refused).rejects.not.toThrow(password);
    expect(await findUserByUsername("operator")).toBeNull();
  });

  it("accepts a long uncommon one", async () => {
    expect(operatorPasswordProblem(CHOSEN)).toBeNull();
  });
});

describe("the operator account", () => {
  it("is generated at first start and its password printed once, never stored in clear", async () => {
    const first = await run(null);
    expect(first.outcome).toEqual({ kind: "created", generated: true });
    expect(first.lines).toHaveLength(1);
    const printed = /password (\S+)/.exec(first.lines[0]!)![1]!;
    expect(printed.length).toBeGreaterThanOrEqual(32);
    expect(first.lines[0]).toMatch(/LAB_OPERATOR_PASSWORD/);
    expect(await operator()).toMatchObject({ role: "admin", disabledAt: null });
    expect((await operator()).passwordHash).not.toContain(printed);
    expect(await verifyPassword((await operator()).passwordHash, printed)).toBe(true);

    const again = await run(null);
    expect(again).toEqual({ outcome: { kind: "unchanged" }, lines: [] });
  });

  it("takes LAB_OPERATOR_PASSWORD when it differs, ending the old password's logins", async () => {
    const { token } = await createSession((await operator()).id, { userAgent: null, ip: null });
    const oldHash = (await operator()).passwordHash;
    const changed = await run(CHOSEN);
    expect(changed.outcome).toEqual({ kind: "password_replaced" });
    expect(changed.lines.join("\n")).not.toContain(CHOSEN);
    expect((await operator()).passwordHash).not.toBe(oldHash);
    expect(await verifyPassword((await operator()).passwordHash, CHOSEN)).toBe(true);
    expect(await validateSessionToken(token)).toMatchObject({ ok: false });

    expect(await run(CHOSEN)).toEqual({ outcome: { kind: "unchanged" }, lines: [] });
    expect((await run(NEXT)).outcome).toEqual({ kind: "password_replaced" });
    expect(await verifyPassword((await operator()).passwordHash, NEXT)).toBe(true);
  });

  it("is restored to an enabled admin only when LAB_OPERATOR_PASSWORD vouches for it", async () => {
    await makeUser({ role: "admin" }); // the store keeps one enabled admin: here, another
    expect(
      (await updateUser((await operator()).id, { role: "user", disabledAt: new Date() })).ok,
    ).toBe(true);
    await run(null);
    expect(await operator()).toMatchObject({ role: "user" });
    await run(NEXT);
    expect(await operator()).toMatchObject({ role: "admin", disabledAt: null });
  });

  it("is the only one: nobody signs up as operator", async () => {
    const signup = signupSchema.safeParse({
      username: " Operator ",
      displayName: "Not the operator",
      password: "a perfectly fine password",
    });
    expect(signup.success).toBe(false);
  });
});
