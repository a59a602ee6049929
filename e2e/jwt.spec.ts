import { request as playwrightRequest } from "@playwright/test";
import { countSessions } from "./support/db";
import { e2eBaseURL } from "./support/env";
import {
  COOKIE,
  LoginPage,
  apiLogin,
  cookieNamed,
  expect,
  logInThroughForm,
  test,
} from "./support/fixtures";

// Mirror image of session.spec.ts: same scenarios, the JWT mechanism.

const decodeSegment = (segment: string | undefined) =>
  JSON.parse(Buffer.from(segment ?? "", "base64url").toString("utf8"));

test.describe("JWT area", () => {
  test("C16 login signs a JWT with user id, role and expiry; no server record is created", async ({
    page,
    context,
    freshUser,
  }) => {
    await logInThroughForm(page, "jwt", freshUser);
    expect(countSessions(freshUser.username)).toBe(0);

    const token = (await cookieNamed(context, COOKIE.jwt))?.value ?? "";
    const [header, payload] = token
      .split(".")
      .map((part, i) => (i < 2 ? decodeSegment(part) : part));
    expect(header).toMatchObject({ alg: "EdDSA", typ: "at+jwt", kid: expect.any(String) });
    expect(payload).toMatchObject({
      sub: expect.stringMatching(/^\d+$/),
      name: freshUser.displayName,
      role: "user",
    });
    expect(payload.exp - payload.iat).toBe(5 * 60);

    await expect(
      page.getByRole("heading", { name: `Hello, ${freshUser.displayName}` }),
    ).toBeVisible();
  });

  test("C17 a JWT is signed, not encrypted: its header and payload decode without any key", async ({
    page,
    context,
  }) => {
    await logInThroughForm(page, "jwt");
    const token = (await cookieNamed(context, COOKIE.jwt))?.value ?? "";
    const payload = decodeSegment(token.split(".")[1]);
    const me = await page.request.get("/api/jwt/me");
    expect((await me.json()).claims).toEqual(payload);
    await expect(page.getByLabel("Decoded payload")).toContainText(`"jti": "${payload.jti}"`);
  });

  test("C18 any change to the token makes verification fail, with jose's error code shown", async ({
    page,
    context,
  }) => {
    await logInThroughForm(page, "jwt");
    const token = (await cookieNamed(context, COOKIE.jwt))?.value ?? "";
    const [header, payload, signature] = token.split(".");
    const promoted = Buffer.from(
      JSON.stringify({ ...decodeSegment(payload), role: "admin" }),
    ).toString("base64url");
    await context.addCookies([
      { name: COOKIE.jwt, value: `${header}.${promoted}.${signature}`, url: e2eBaseURL },
    ]);
    await page.goto("/jwt");
    await expect(page).toHaveURL(/reason=ERR_JWS_SIGNATURE_VERIFICATION_FAILED/);
    const notice = page.locator("p", {
      hasText: "The token's signature does not match its contents.",
    });
    await expect(notice).toContainText("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
  });

  test("a protected page redirects to the login, remembering where the user was going", async ({
    page,
  }) => {
    await page.goto("/jwt");
    await expect(page).toHaveURL(/\/jwt\/login\?next=%2Fjwt&reason=no_credential$/);
    await expect(page.getByText("No credential arrived with the request")).toBeVisible();
  });

  test("a wrong password gets one generic inline error and no cookie", async ({
    page,
    context,
    freshUser,
  }) => {
    const login = new LoginPage(page, "jwt");
    await login.goto();
    await login.logIn(freshUser.username, "not-the-password");
    await expect(login.formError()).toHaveText("Invalid username or password.");
    await expect(page.getByLabel("Username", { exact: true })).toHaveValue(freshUser.username);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    expect(await cookieNamed(context, COOKIE.jwt)).toBeUndefined();
  });

  test("C22 logout cannot kill a JWT: a copy taken before logout keeps working until exp", async ({
    page,
    context,
  }) => {
    await logInThroughForm(page, "jwt");
    const copy = (await cookieNamed(context, COOKIE.jwt))?.value ?? "";

    await page.getByRole("button", { name: "Log out", exact: true }).click();
    await expect(page).toHaveURL(/\/jwt\/login\?reason=logged_out$/);
    expect(await cookieNamed(context, COOKIE.jwt)).toBeUndefined();

    const replay = await page.request.get("/api/jwt/me", {
      headers: { authorization: `Bearer ${copy}` },
    });
    expect(replay.status()).toBe(200);
    const { claims } = await replay.json();
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());

    await context.addCookies([{ name: COOKIE.jwt, value: copy, url: e2eBaseURL }]);
    await page.goto("/jwt");
    await expect(page.getByRole("heading", { name: /Hello,/ })).toBeVisible();
  });

  test("C05 C21 the token works from Authorization: Bearer in a client without a cookie jar", async ({
    freshUser,
  }) => {
    const login = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
    const { accessToken } = await (await login.post("/api/jwt/login", { data: freshUser })).json();
    await login.dispose();

    const native = await playwrightRequest.newContext({
      baseURL: e2eBaseURL,
      storageState: { cookies: [], origins: [] },
    });
    const me = await native.get("/api/jwt/me", {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.status()).toBe(200);
    expect((await me.json()).user).toMatchObject({
      displayName: freshUser.displayName,
      role: "user",
    });
    const anonymous = await native.get("/api/jwt/me");
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["www-authenticate"]).toContain("Bearer");
    await native.dispose();
  });

  test("the JSON API logs in, reports the token and logs out", async ({ request, freshUser }) => {
    const body = await apiLogin(request, "jwt", freshUser);
    expect(body).toMatchObject({
      tokenType: "Bearer",
      expiresIn: 300,
      user: { username: freshUser.username },
    });
    expect(body.accessToken.split(".")).toHaveLength(3);

    const me = await request.get("/api/jwt/me");
    expect(me.status()).toBe(200);
    expect((await me.json()).claims.jti).toBe(decodeSegment(body.accessToken.split(".")[1]).jti);

    expect((await request.post("/api/jwt/logout")).status()).toBe(204);
    expect((await request.get("/api/jwt/me")).status()).toBe(401);
  });

  test("a bad login through the API is 401 invalid_credentials, whether or not the user exists", async ({
    request,
  }) => {
    for (const username of ["alice", "no-such-user"]) {
      const response = await request.post("/api/jwt/login", {
        data: { username, password: "wrong-password" },
      });
      expect(response.status()).toBe(401);
      expect(await response.json()).toEqual({
        error: "invalid_credentials",
        message: "Invalid username or password.",
      });
    }
  });
});
