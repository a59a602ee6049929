import { request as playwrightRequest, type Page } from "@playwright/test";
import { e2eBaseURL } from "./support/env";
import { demoUser, expect, logInKeepingTokens, test } from "./support/fixtures";

async function lesson(page: Page, title: string, id: string) {
  await page.getByRole("button", { name: title }).click();
  return page.getByTestId(`dpop-lesson-${id}`);
}

test.describe("DPoP (RFC 9449)", () => {
  test("C50 C51 a DPoP login binds the token and its refresh family to a key that never leaves the browser", async ({
    page,
    freshUser,
  }) => {
    await logInKeepingTokens(page, "DPoP", freshUser);
    const jkt = (await page.getByTestId("dpop-jkt").textContent())?.trim() ?? "";
    expect(jkt).toMatch(/^[\w-]{43}$/);
    await expect(page.getByTestId("dpop-cnf")).toContainText(`${jkt} — the same key`);
    await expect(page.getByLabel("The proof sent with that request (DPoP header)")).toContainText(
      '"typ": "dpop+jwt"',
    );
    // The inspector asks with a proof of its own, and shows it beside the token, with its cost.
    const inspector = page.getByRole("complementary", { name: "Inspector" });
    await expect(inspector.getByTestId("inspector-dpop-proof")).toContainText(
      /proof accepted, checked in \d+ µs/,
    );
    await expect(inspector.getByText(/Authorization: DPoP, with a proof/)).toBeVisible();

    // The private key is non-extractable: the XSS can use it, not take it.
    await page.getByRole("button", { name: "Run a script as an XSS would" }).click();
    await expect(page.getByTestId("dpop-xss")).toContainText("refused (InvalidAccessError)");
    await expect(page.getByTestId("dpop-xss")).toContainText("the API answered 200");

    // Everything a thief can copy is refused without the key.
    const refused: Array<[string, string, string]> = [
      ["Replay the copied token as a Bearer token", "as-bearer", "401 invalid_token"],
      ["Replay it as DPoP, without a proof", "no-proof", "401 invalid_dpop_proof"],
      [
        "Replay it with a proof signed by the thief's own key",
        "thief-key",
        "401 invalid_dpop_proof",
      ],
      ["Copy a proof off the wire and send it again", "replay-proof", "401 invalid_dpop_proof"],
      ["Use a proof made for one URL at another", "other-url", "401 invalid_dpop_proof"],
      [
        "Steal the refresh token and renew with the thief's key",
        "thief-refresh",
        "401 refresh_key_mismatch",
      ],
    ];
    for (const [title, id, answer] of refused) {
      await expect(await lesson(page, title, id)).toContainText(answer);
    }
    // The thief's refresh spent nothing: this browser's own renewal still works.
    await page.getByRole("button", { name: "Refresh now" }).click();
    await expect(page.getByTestId("dpop-note")).toContainText("generation 2");
    await expect(page.getByTestId("dpop-status")).toContainText("Logged in as");
  });

  test("C50 a stolen DPoP token replayed from another client is refused; a stolen Bearer token works", async ({
    page,
    freshUser,
  }) => {
    await logInKeepingTokens(page, "DPoP", freshUser);
    const dpopToken = await page.evaluate(() => localStorage.getItem("lab_dpop_token"));
    const thief = await playwrightRequest.newContext({
      baseURL: e2eBaseURL,
      storageState: { cookies: [], origins: [] },
    });
    const asBearer = await thief.get("/api/jwt/me", {
      headers: { authorization: `Bearer ${dpopToken}` },
    });
    expect(asBearer.status()).toBe(401);
    expect(asBearer.headers()["www-authenticate"]).toContain('DPoP error="invalid_token"');
    const noProof = await thief.get("/api/jwt/me", {
      headers: { authorization: `DPoP ${dpopToken}` },
    });
    expect(noProof.status()).toBe(401);
    expect(noProof.headers()["www-authenticate"]).toContain('error="invalid_dpop_proof"');

    const login = await thief.post("/api/jwt/login", {
      data: { ...demoUser("alice"), transport: "bearer" },
    });
    const { accessToken } = await login.json();
    const stranger = await playwrightRequest.newContext({
      baseURL: e2eBaseURL,
      storageState: { cookies: [], origins: [] },
    });
    const stolenBearer = await stranger.get("/api/jwt/me", {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(stolenBearer.status()).toBe(200);
    await thief.dispose();
    await stranger.dispose();
  });

  test("a stolen DPoP token or refresh token sent to logout ends nothing: the owner keeps renewing", async ({
    page,
    freshUser,
  }) => {
    await logInKeepingTokens(page, "DPoP", freshUser);
    const stolen = await page.evaluate(() => ({
      token: localStorage.getItem("lab_dpop_token"),
      refreshToken: localStorage.getItem("lab_dpop_refresh"),
    }));
    const thief = await playwrightRequest.newContext({
      baseURL: e2eBaseURL,
      storageState: { cookies: [], origins: [] },
    });
    for (const attempt of [
      { headers: { authorization: `Bearer ${stolen.token}` } },
      { headers: { authorization: `DPoP ${stolen.token}` } },
      { data: { refreshToken: stolen.refreshToken } },
      {
        headers: { authorization: `Bearer ${stolen.token}` },
        data: { refreshToken: stolen.refreshToken },
      },
    ]) {
      // Logout answers 204 (it clears the caller's own cookies) but ends nobody else's login.
      expect((await thief.post("/api/jwt/logout", attempt)).status()).toBe(204);
    }
    await thief.dispose();
    await page.getByRole("button", { name: "Refresh now" }).click();
    await expect(page.getByTestId("dpop-note")).toContainText("generation 2");
    await expect(page.getByTestId("dpop-status")).toContainText("Logged in as");
  });

  test("a DPoP login without a proof, or with a broken one, is 400 before any password is tried", async ({
    request,
  }) => {
    const data = { ...demoUser("alice"), transport: "dpop" };
    const none = await request.post("/api/jwt/login", { data });
    expect(none.status()).toBe(400);
    expect((await none.json()).error).toBe("invalid_dpop_proof");
    const junk = await request.post("/api/jwt/login", { data, headers: { dpop: "a.b.c" } });
    expect(junk.status()).toBe(400);
    expect(await junk.json()).toMatchObject({ error: "invalid_dpop_proof" });
  });
});
