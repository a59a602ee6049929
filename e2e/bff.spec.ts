import { axeScan } from "./support/axe";
import { expect, logInKeepingTokens, test } from "./support/fixtures";

/**
 * The backend-for-frontend lane (/jwt/bff): the browser holds only a cookie to the BFF; the BFF
 * keeps the JWTs, renews them and calls the resource API with them. One case per test.
 */

const BFF_COOKIE = "lab_bff";
// A compact JWS or JWE anywhere in a page or in what script can reach.
const COMPACT_JWT = /eyJ[\w-]{8,}\.[\w-]*\.[\w-]*/;

test("C55 logged in through the BFF, the browser holds no token: only an HttpOnly, SameSite=Strict cookie, and the call reaches the resource API with the token the BFF keeps", async ({
  page,
  context,
  freshUser,
}) => {
  await logInKeepingTokens(page, "BFF", freshUser);
  await expect(page.getByTestId("bff-status")).toContainText(freshUser.displayName);
  await expect(page.getByTestId("bff-hop-browser")).toContainText("No token crosses this hop");
  await expect(page.getByTestId("bff-hop-api")).toContainText("answered 200");
  await expect(page.getByTestId("bff-resource")).toContainText('"servedBy":"resource API"');

  const cookies = await context.cookies();
  const bff = cookies.find((cookie) => cookie.name === BFF_COOKIE);
  expect(bff).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
  // No JWT and no refresh token in any cookie, in storage, or in the page.
  expect(cookies.map((cookie) => cookie.name)).not.toContain("lab_jwt");
  expect(cookies.map((cookie) => cookie.name)).not.toContain("lab_refresh_token");
  for (const cookie of cookies) expect(cookie.value).not.toMatch(COMPACT_JWT);
  const reachable = await page.evaluate(() => ({
    stored: JSON.stringify({ ...localStorage, ...sessionStorage }),
    cookie: document.cookie,
  }));
  expect(reachable.stored).not.toMatch(COMPACT_JWT);
  expect(reachable.cookie).not.toContain(BFF_COOKIE);
  expect(await page.content()).not.toMatch(COMPACT_JWT);

  const { violations } = await axeScan(page).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test("C55 an injected script finds no token to carry away but can act as the user while the page is open; logging out ends the BFF session, so its cookie opens nothing", async ({
  page,
  context,
  browser,
  freshUser,
}) => {
  await logInKeepingTokens(page, "BFF", freshUser);
  await page.getByRole("button", { name: "Run a script as an XSS would" }).click();
  const xss = page.getByTestId("bff-xss");
  await expect(xss).toContainText("empty — no token to take");
  await expect(xss).toContainText("it never appears here");
  await expect(page.getByTestId("bff-xss-request")).toContainText("answered 200");

  // Elsewhere, without the browser's cookie, the BFF answers nothing.
  const elsewhere = await browser.newContext();
  expect((await elsewhere.request.get("/api/jwt/bff/me")).status()).toBe(401);

  const cookie = (await context.cookies()).find((c) => c.name === BFF_COOKIE)!;
  await page.getByRole("button", { name: "Log out", exact: true }).click();
  await expect(page.getByTestId("bff-status")).toContainText("deleted its session");
  expect((await page.request.get("/api/jwt/bff/me")).status()).toBe(401);
  // A copy of the cookie taken before the logout names a session that is gone.
  const replay = await elsewhere.request.get("/api/jwt/bff/me", {
    headers: { cookie: `${BFF_COOKIE}=${cookie.value}` },
  });
  expect(replay.status()).toBe(401);
  await elsewhere.close();
});

test("C55 the BFF renews the tokens itself once the access token is due; the browser sends the same cookie", async ({
  page,
  freshUser,
}) => {
  await logInKeepingTokens(page, "BFF", freshUser);
  await expect(page.getByTestId("bff-refreshed")).toContainText("no refresh on this call");
  // Past the access token's lifetime (five minutes by default) on this browser's demo clock.
  const moved = await page.request.post("/api/clock", { data: { advanceSeconds: 6 * 60 } });
  expect(moved.status()).toBe(200);
  await page.getByRole("button", { name: "Call the API through the BFF" }).click();
  await expect(page.getByTestId("bff-refreshed")).toContainText("refresh generation 2");
  await expect(page.getByTestId("bff-hop-api")).toContainText("answered 200");
});

test("the inspector shows both hops: the browser's cookie to the BFF, and the BFF's Bearer JWT to the resource API", async ({
  page,
  freshUser,
}) => {
  await logInKeepingTokens(page, "BFF", freshUser);
  await expect
    .poll(async () => {
      const { traces } = await (await page.request.get("/api/inspect/recent")).json();
      const kinds = (traces as Array<{ path: string; credential: { kind: string } }>).map(
        (trace) => `${trace.path} ${trace.credential.kind}`,
      );
      return ["/api/jwt/bff/me bff_cookie", "/api/jwt/resource bff_hop"].filter(
        (expected) => !kinds.includes(expected),
      );
    })
    .toEqual([]);
});

test("the resource API takes only a Bearer JWT, checked with the published keys: no cookie, no BFF session", async ({
  page,
  freshUser,
}) => {
  await logInKeepingTokens(page, "BFF", freshUser);
  const noBearer = await page.request.get("/api/jwt/resource");
  expect(noBearer.status()).toBe(401);
  expect(await noBearer.json()).toMatchObject({ error: "unauthenticated" });
  const forged = await page.request.get("/api/jwt/resource", {
    headers: { authorization: "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0." },
  });
  expect(forged.status()).toBe(401);
});

test("a BFF login with a wrong password is refused with one generic message, and sets no cookie", async ({
  page,
  context,
  freshUser,
}) => {
  await page.goto("/jwt/login");
  await page.getByLabel("Username (BFF)").fill(freshUser.username);
  await page.getByLabel("Password (BFF)").fill("not-the-password");
  await page.getByRole("button", { name: "Log in through the BFF (no token here)" }).click();
  await expect(page.locator("#bff-message")).toContainText("Invalid username or password");
  expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(BFF_COOKIE);
});

test("the BFF's hop carries only what this server issued: a browser's bad lab or inspector cookie bytes change nothing", async ({
  playwright,
  freshUser,
}) => {
  const browser = await playwright.request.newContext();
  expect((await browser.post("/api/jwt/bff/login", { data: freshUser })).status()).toBe(200);
  const { cookies } = await browser.storageState();
  const bff = cookies.find((cookie) => cookie.name === BFF_COOKIE)!.value;
  const bare = await playwright.request.newContext();
  for (const junk of ["%00", "%E2%82%AC", "%0D%0Ax%3A1", "abc%3B%20lab_jwt%3Dxyz"]) {
    const call = await bare.get("/api/jwt/bff/me", {
      headers: { cookie: `${BFF_COOKIE}=${bff}; lab_inspector=${junk}; lab_id=${junk}` },
    });
    expect(call.status(), junk).toBe(200);
  }
  await Promise.all([browser.dispose(), bare.dispose()]);
});
