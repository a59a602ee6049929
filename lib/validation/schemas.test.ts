import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ko from "@/messages/ko.json";
import { fieldErrorsOf } from "./form-state";
import { accountSchemas, loginSchema, signupSchema } from "./accounts";
import { sealPasswordIdSchema, userIdSchema } from "./ids";
import { modeSchema } from "./lab";

describe("loginSchema", () => {
  it("normalises the username and keeps the password exactly as typed", () => {
    expect(loginSchema.parse({ username: "  Alice ", password: " secret " })).toEqual({
      username: "alice",
      password: " secret ",
    });
  });

  it.each([
    [{}, "username"],
    [{ username: "alice" }, "password"],
    [{ username: "alice", password: "" }, "password"],
    [{ username: "alice", password: "x".repeat(257) }, "password"],
    [{ username: "a".repeat(65), password: "x" }, "username"],
    [{ username: 42, password: "x" }, "username"],
  ])("rejects %j on %s", (input, field) => {
    const result = loginSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toContain(field);
  });
});

describe("signupSchema", () => {
  const valid = { username: "New_User", displayName: " Newt ", password: "a long passphrase" };

  it("accepts a valid sign-up, lower-casing the username", () => {
    expect(signupSchema.parse(valid)).toEqual({
      username: "new_user",
      displayName: "Newt",
      password: "a long passphrase",
    });
  });

  it.each([
    ["a short username", { username: "ab" }, "username"],
    ["spaces in the username", { username: "new user" }, "username"],
    ["an empty display name", { displayName: "   " }, "displayName"],
    ["a short password", { password: "short" }, "password"],
    ["an over-long password", { password: "x".repeat(257) }, "password"],
    ["a common password", { password: "Password123" }, "password"],
    // These passed the 88-entry list; the maintained list (zxcvbn-ts) has them.
    ["a common password from the large list", { password: "password1234" }, "password"],
    ["another common one", { password: "letmein123" }, "password"],
    ["the username as password", { username: "longname", password: "LongName" }, "password"],
    ["the username in disguise", { username: "longname", password: "L0ngName2024!" }, "password"],
    ["a common password in disguise", { password: "trustno1!!" }, "password"],
  ])("rejects %s", (_name, change, field) => {
    const result = signupSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toHaveProperty(field);
  });
});

describe("a new password at password change", () => {
  it("is held to the same list, disguises included", async () => {
    const { passwordChangeSchema } = await import("./accounts");
    const change = { currentPassword: "whatever it was", newPassword: "P@ssw0rd2024!" };
    const result = passwordChangeSchema.safeParse(change);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toHaveProperty("newPassword");
  });
});

describe("the common-password list", () => {
  it("holds at least ASVS 5.0's top 3,000, offline", async () => {
    const { commonPasswordCount } = await import("@/lib/validation/common-passwords");
    expect(commonPasswordCount()).toBeGreaterThan(3000);
  });
});

describe("ids in paths and forms", () => {
  // One id, one spelling: `2e0`, `0x2`, ` 2` or `02` naming user 2 lets a deny rule or a log
  // that compares the text miss what the handler does.
  it.each(["2e0", "0x2", " 2", "2 ", "02", "+2", "2.0", "0b10", "", "0", "-1", "9007199254740993"])(
    "refuses %j as a user id or a seal password id",
    (text) => {
      expect(userIdSchema.safeParse(text).success).toBe(false);
      expect(sealPasswordIdSchema.safeParse(text).success).toBe(false);
    },
  );

  it("reads a plain decimal id", () => {
    expect(userIdSchema.parse("2")).toBe(2);
    expect(sealPasswordIdSchema.parse("17")).toBe(17);
  });
});

describe("modeSchema", () => {
  it("names the three areas as the site does", () => {
    for (const mode of ["session", "sealed", "jwt"]) expect(modeSchema.parse(mode)).toBe(mode);
  });

  it('still understands the sealed area\'s old name, "cookie"', () => {
    expect(modeSchema.parse("cookie")).toBe("sealed");
  });

  it("refuses anything else", () => {
    for (const mode of ["Sealed", "cookies", "", "admin"])
      expect(modeSchema.safeParse(mode).success).toBe(false);
  });
});

describe("the schemas' words", () => {
  it("refuse in English for the API, as they always did", () => {
    const result = signupSchema.safeParse({ username: "x", displayName: "", password: "zq7#" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        username: ["Username must be at least 3 characters."],
        displayName: ["Display name is required."],
        password: ["Password must be at least 8 characters."],
      });
    }
  });

  it("refuse in the reader's language for a form", () => {
    const korean = createTranslator({ locale: "ko", messages: ko, namespace: "forms.validation" });
    const { loginSchema: koreanLogin } = accountSchemas((key, values) => korean(key, values));
    const result = koreanLogin.safeParse({ username: "", password: "" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrorsOf(result.error)).toEqual({
        username: ["사용자 이름을 입력하세요."],
        password: ["비밀번호를 입력하세요."],
      });
    }
  });
});
