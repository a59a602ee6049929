import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { ATTACKS } from "@/lib/threats/jwt-range/attacks";
import { ATTACKS_2026 } from "@/lib/threats/jwt-range/attacks-2026";
import { cspViolations, demoUser, expect, test } from "./support/fixtures";

/**
 * The JWT attack range (/threats/jwt): every classic attack built in the browser and answered by
 * the naive verifier and the app's own, side by side.
 */

// Each recipe's name and how it is built, as the English page words them.
type Words = {
  (key: string): string;
  markup(key: string, tags: Record<string, (chunks: string) => string>): string;
};
const words = createTranslator({
  locale: "en",
  messages: en,
  namespace: "jwtRange.attacks",
}) as unknown as Words;

test.describe("JWT attack range", () => {
  const groups = [
    ["Classic attacks", ATTACKS.filter((a) => !ATTACKS_2026.includes(a))],
    ["2025–26 attacks", ATTACKS_2026],
  ] as const;
  for (const [group, attacks] of groups) {
    test(`C44 ${group}: the naive verifier falls to each (lets it in, or works for it), the app's verifier refuses it with its reason`, async ({
      page,
    }) => {
      const violations = cspViolations(page);
      await page.goto("/threats/jwt");
      await expect(page.getByLabel("Token to send", { exact: true })).toHaveValue(/^eyJ/);
      for (const attack of attacks) {
        await page
          .getByRole("group", { name: group, exact: true })
          .getByRole("button", { name: words(`${attack.id}.title`), exact: true })
          .click();
        await expect(page.getByTestId("attack-how")).toContainText(
          words.markup(`${attack.id}.how`, { code: (chunks) => chunks }),
        );
        const naive = page.getByTestId("naive-verdict");
        const fell = attack.harm === "work" ? "data-overworked" : "data-accepted";
        await expect(naive, attack.id).toHaveAttribute(fell, "true");
        await expect(page.getByTestId("real-verdict"), attack.id).toHaveAttribute(
          "data-accepted",
          attack.exploits === null ? "true" : "false",
        );
        if (attack.exploits !== null) await expect(page.getByTestId("defence")).toBeVisible();
        if (attack.id === "bit_flip") {
          // Two strings, one signature, one jti.
          await expect(page.getByTestId("bit-flip-note")).toContainText(
            "the signature's bytes are identical",
          );
        }
      }
      expect(violations).toEqual([]);
    });
  }

  test("the 2025–26 classes are explained in plain words, in English and in Korean", async ({
    page,
    browser,
  }) => {
    for (const [messages, tab] of [
      [en, page],
      [ko, await (await browser.newContext({ locale: "ko-KR" })).newPage()],
    ] as const) {
      await tab.goto("/threats/jwt");
      const classes = tab.getByRole("region", { name: messages.jwtRange.classesTitle });
      const explained = Object.values(messages.jwtRange.classes);
      await expect(classes.getByRole("term")).toHaveText(explained.map((c) => c.title));
    }
  });

  test("a denial-of-service token: the naive verifier says how much work it did; the app's refused it by its length", async ({
    page,
  }) => {
    await page.goto("/threats/jwt");
    await page
      .getByRole("group", { name: "2025–26 attacks", exact: true })
      .getByRole("button", { name: "A segment of many kilobytes", exact: true })
      .click();
    await expect(page.getByTestId("naive-verdict")).toContainText(/decoded [\d,]+ bytes/);
    await expect(page.getByTestId("real-verdict")).toContainText("token_too_large");
    await page.getByLabel("splits and decodes a token of any size").uncheck();
    await page.getByRole("button", { name: "Send to both verifiers" }).click();
    await expect(page.getByTestId("naive-verdict")).toHaveAttribute("data-overworked", "false");
    await expect(page.getByTestId("naive-verdict")).toContainText("too_large");
  });

  test("PBES2 and exp: 1e400 — the workbench shows the header's p2c and the payload's 1e400 as sent", async ({
    page,
  }) => {
    await page.goto("/threats/jwt");
    const recipes = page.getByRole("group", { name: "2025–26 attacks", exact: true });
    await recipes
      .getByRole("button", { name: "PBES2 with p2c = 2,147,483,647", exact: true })
      .click();
    await expect(page.getByLabel("Header (JSON)")).toHaveValue(/"p2c": 2147483647/);
    await expect(page.getByTestId("naive-verdict")).toContainText(/2,147,483,647 PBKDF2 rounds/);
    await expect(page.getByTestId("real-verdict")).toContainText("ERR_JOSE_ALG_NOT_ALLOWED");
    await recipes.getByRole("button", { name: "exp: 1e400", exact: true }).click();
    await expect(page.getByLabel("Payload (JSON)")).toHaveValue(/"exp":1e400/);
    await expect(page.getByTestId("real-verdict")).toContainText("claims_invalid");
  });

  test("switching the one mistake off: the naive verifier refuses alg none too", async ({
    page,
  }) => {
    await page.goto("/threats/jwt");
    await page.getByLabel("trusts the header's alg").uncheck();
    await page.getByLabel("decodes without verifying").uncheck();
    await page.getByRole("button", { name: 'alg: "none"', exact: true }).click();
    await expect(page.getByTestId("naive-verdict")).toHaveAttribute("data-accepted", "false");
    await expect(page.getByTestId("naive-verdict")).toContainText("alg_not_expected");
    await expect(page.getByTestId("real-verdict")).toContainText("ERR_JOSE_ALG_NOT_ALLOWED");
  });

  test("editing the payload re-encodes the token; the edited role is refused by the app's verifier", async ({
    page,
  }) => {
    await page.goto("/threats/jwt");
    const token = page.getByLabel("Token to send", { exact: true });
    await expect(token).toHaveValue(/^eyJ/);
    const before = await token.inputValue();
    const payload = page.getByLabel("Payload (JSON)");
    await payload.fill((await payload.inputValue()).replace('"user"', '"admin"'));
    await expect(token).not.toHaveValue(before);
    expect((await token.inputValue()).split(".")[2]).toBe(before.split(".")[2]);
    await page.getByRole("button", { name: "Send to both verifiers" }).click();
    await expect(page.getByTestId("real-verdict")).toContainText(
      "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
    );
    await payload.fill("{ not json");
    await expect(page.getByText("The payload is not a JSON object.")).toHaveRole("alert");
  });

  test("the weak HMAC secret is cracked in a Worker; the forged admin token passes only the naive verifier", async ({
    page,
  }) => {
    const violations = cspViolations(page);
    await page.goto("/threats/jwt");
    await page.getByRole("button", { name: "Crack the weak secret" }).click();
    await expect(page.getByTestId("crack-result")).toContainText(
      /Found: the secret is ".+", after [\d,]+ guesses/,
      {
        timeout: 30_000,
      },
    );
    await expect(page.getByTestId("crack-result")).toContainText("guesses per second");
    await page.getByRole("button", { name: "Forge an admin token with it" }).click();
    const panel = page.getByRole("region", { name: "A weak HMAC secret, cracked in your browser" });
    await expect(panel.getByTestId("naive-verdict")).toHaveAttribute("data-accepted", "true");
    await expect(panel.getByTestId("naive-verdict")).toContainText('role "admin"');
    await expect(panel.getByTestId("real-verdict")).toContainText("key_too_weak");
    expect(violations).toEqual([]);
  });

  test("the learner's own JWT area token: the range's verifiers refuse it by kid (the naive one unless it only decodes)", async ({
    page,
  }) => {
    const login = await page.request.post("/api/jwt/login", {
      data: { ...demoUser("alice"), transport: "bearer" },
    });
    const { accessToken: token } = (await login.json()) as { accessToken: string };
    await page.goto("/threats/jwt");
    await page.evaluate((t) => localStorage.setItem("lab_jwt_token", t), token);
    await page.getByRole("button", { name: "My JWT area token" }).click();
    await expect(page.getByLabel("Token to send", { exact: true })).toHaveValue(token);
    await expect(page.getByTestId("mine-note")).toBeVisible();
    await page.getByLabel("decodes without verifying").uncheck();
    await page.getByRole("button", { name: "Send to both verifiers" }).click();
    await expect(page.getByTestId("naive-verdict")).toHaveAttribute("data-accepted", "false");
    await expect(page.getByTestId("naive-verdict")).toContainText(/unknown_kid|no_such_key_file/);
    await expect(page.getByTestId("real-verdict")).toContainText("ERR_JWKS_NO_MATCHING_KEY");
  });

  test("the range is isolated: what the naive verifier accepts is refused by the JWT area, and the range sets no cookie", async ({
    request,
  }) => {
    const issued = await request.post("/api/threats/jwt/issue", { data: { kind: "fresh" } });
    expect(issued.status()).toBe(201);
    const { token } = (await issued.json()) as { token: string };
    const [header, payload] = token.split(".");
    const none = `${Buffer.from(JSON.stringify({ alg: "none", typ: "at+jwt" })).toString("base64url")}.${payload}.`;
    const verdict = await request.post("/api/threats/jwt/verify", {
      data: { token: none, target: "access", mistakes: ["trust_alg"] },
    });
    expect(verdict.headers()["set-cookie"]).toBeUndefined();
    expect(await verdict.json()).toMatchObject({
      naive: { accepted: true },
      real: { accepted: false },
    });
    for (const credential of [token, none, `${header}.${payload}.`]) {
      const me = await request.get("/api/jwt/me", {
        headers: { authorization: `Bearer ${credential}` },
      });
      expect(me.status()).toBe(401);
    }
    const bad = await request.post("/api/threats/jwt/verify", { data: { token: 42, target: "x" } });
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: expect.any(String),
      message: expect.any(String),
    });
  });
});
