import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { e2eBaseURL } from "./support/env";
import { apiLogin, expect, test } from "./support/fixtures";

// What an outside attack run found, each as the request that found it.

const REFRESH_COOKIE = "lab_refresh_token";

async function refreshCookieOf(api: APIRequestContext): Promise<string> {
  const cookie = (await api.storageState()).cookies.find((c) => c.name === REFRESH_COOKIE);
  expect(cookie, "the refresh cookie").toBeDefined();
  return cookie!.value;
}

/** Moves this client's demo clock past the access token's lifetime (5 min). */
async function pastAccessTtl(api: APIRequestContext): Promise<void> {
  const moved = await api.post("/api/clock", { data: { advanceSeconds: 600 } });
  expect(moved.status()).toBe(200);
}

async function refreshWith(refreshToken: string) {
  const stranger = await playwrightRequest.newContext({ baseURL: e2eBaseURL });
  const answer = await stranger.post("/api/jwt/refresh", { data: { refreshToken } });
  const result = { status: answer.status(), error: (await answer.json()).error as string };
  await stranger.dispose();
  return result;
}

test.describe("JWT logout ends the refresh family whatever state the access token is in", () => {
  test("cookie client: access token expired, logout 204, then the pre-logout refresh token is refused", async ({
    request,
    freshUser,
  }) => {
    await apiLogin(request, "jwt", freshUser);
    const refreshToken = await refreshCookieOf(request);
    await pastAccessTtl(request);
    expect((await request.get("/api/jwt/me")).status()).toBe(401);
    expect((await request.post("/api/jwt/logout")).status()).toBe(204);
    expect(await refreshWith(refreshToken)).toEqual({ status: 401, error: "refresh_revoked" });
  });

  test("cookie client whose access cookie is gone: the refresh cookie alone reaches logout", async ({
    browser,
    freshUser,
  }) => {
    const device = await browser.newContext();
    await apiLogin(device.request, "jwt", freshUser);
    const refreshToken = await refreshCookieOf(device.request);
    await device.clearCookies({ name: "lab_jwt" });
    expect((await device.request.post("/api/jwt/logout")).status()).toBe(204);
    expect(await refreshWith(refreshToken)).toEqual({ status: 401, error: "refresh_revoked" });
    await device.close();
  });

  test("Bearer client: logout with the expired access token alone, or the refresh token alone", async ({
    request,
    freshUser,
  }) => {
    for (const send of ["access token", "refresh token"] as const) {
      const login = await request.post("/api/jwt/login", {
        data: { ...freshUser, transport: "bearer" },
      });
      const { accessToken, refreshToken } = await login.json();
      await pastAccessTtl(request);
      const logout = await request.post("/api/jwt/logout", {
        headers: send === "access token" ? { authorization: `Bearer ${accessToken}` } : {},
        data: send === "refresh token" ? { refreshToken } : undefined,
      });
      expect(logout.status(), send).toBe(204);
      expect(await refreshWith(refreshToken), send).toEqual({
        status: 401,
        error: "refresh_revoked",
      });
      await request.post("/api/clock/reset");
    }
  });
});
