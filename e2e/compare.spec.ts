import type { Page } from "@playwright/test";
import { demoUser, expect, test, type TestUser } from "./support/fixtures";

async function logInToAll(page: Page, user: TestUser): Promise<void> {
  await page.goto("/compare");
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Log in" }).click();
}

test.describe("compare view", () => {
  test("C09 C22 C40 side by side: after logout a replayed session copy is refused, a sealed-cookie or JWT copy still works", async ({
    page,
    freshUser,
  }) => {
    await logInToAll(page, freshUser);
    await expect(page.getByTestId("session-who")).toHaveText(
      `Logged in as ${freshUser.displayName} (user)`,
    );
    for (const area of ["sealed", "jwt"]) {
      await expect(page.getByTestId(`${area}-who`)).toHaveText(
        `Logged in as ${freshUser.displayName} (user)`,
      );
    }

    const calls = page.getByRole("region", { name: /Call the protected API/ });
    await calls.getByRole("button", { name: "Call all three" }).click();
    await expect(calls.getByTestId("session-outcome")).toContainText(
      "10 calls (200), 1.0 database query per call",
    );
    for (const area of ["sealed", "jwt"]) {
      await expect(calls.getByTestId(`${area}-outcome`)).toContainText(
        "10 calls (200), 0.0 database queries per call",
      );
    }

    const copy = page.getByRole("region", { name: /Take a copy/ });
    await copy.getByRole("button", { name: "Copy all three" }).click();
    await expect(copy.getByTestId("jwt-outcome")).toContainText(
      "valid on its own until exp: in 4m",
    );
    // The seal's own expiry, seven days out — not how long the page keeps its copy (a day).
    await expect(copy.getByTestId("sealed-outcome")).toContainText(
      "valid on its own until its sealed expiry: in 6d 23h",
    );

    const logout = page.getByRole("region", { name: /Log out of all three/ });
    await logout.getByRole("button", { name: "Log out of all three" }).click();
    for (const area of ["session", "sealed", "jwt"]) {
      await expect(logout.getByTestId(`${area}-outcome`)).toContainText("logout answered 204");
      await expect(page.getByTestId(`${area}-who`)).toHaveText("Not logged in");
    }

    const replay = page.getByRole("region", { name: /Replay the copies/ });
    await replay.getByRole("button", { name: "Replay all three" }).click();
    await expect(replay.getByTestId("session-replay-status")).toHaveText("401");
    for (const area of ["sealed", "jwt"]) {
      await expect(replay.getByTestId(`${area}-replay-status`)).toHaveText("200");
      await expect(replay.getByTestId(`${area}-outcome`)).toContainText(freshUser.displayName);
    }
  });

  test("at 1280×800 each step's button and all three answers are in view together, with the clock and the real first cost", async ({
    page,
    freshUser,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await logInToAll(page, freshUser);
    await expect(page.getByRole("region", { name: "Clock" })).toBeVisible();
    const calls = page.getByRole("region", { name: /Call the protected API/ });
    const button = calls.getByRole("button", { name: "Call all three" });
    await button.click();
    await expect(calls.getByTestId("session-paid-once")).toContainText("No crypto at all");
    await expect(calls.getByTestId("jwt-paid-once")).toContainText(
      /paid once for this credential: [\d.]+ (µs|ms) \(at /,
    );
    for (const area of ["sealed", "jwt"]) {
      await expect(calls.getByTestId(`${area}-paid-once`)).toContainText(
        /paid once for this credential: [\d.]+ (µs|ms) \(at /,
      );
      await expect(calls.getByTestId(`${area}-memo`)).toContainText(
        "each later check from the memo",
      );
    }
    for (const area of ["session", "sealed", "jwt"]) {
      await expect(calls.getByTestId(`${area}-outcome`)).toBeInViewport();
    }
    await expect(button).toBeInViewport();
    await expect(calls.getByRole("link", { name: "this step in the tour" })).toHaveAttribute(
      "href",
      "/tour/3",
    );
    const replay = page.getByRole("region", { name: /Replay the copies/ });
    await replay.scrollIntoViewIfNeeded();
    await expect(replay.getByRole("button", { name: "Replay all three" })).toBeInViewport();
  });

  test("a copy can only be replayed by the browser that took it", async ({
    page,
    browser,
    freshUser,
  }) => {
    await page.goto("/compare");
    await page.request.post("/api/jwt/login", { data: freshUser });
    const copies = await (await page.request.post("/api/compare/capture")).json();
    expect(copies.jwt.handle).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(JSON.stringify(copies)).not.toContain(".ey"); // no token in the answer

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto("/compare");
    const stolen = await otherPage.request.post("/api/compare/replay", {
      data: { handle: copies.jwt.handle },
    });
    expect(stolen.status()).toBe(404);
    await other.close();

    const mine = await page.request.post("/api/compare/replay", {
      data: { handle: copies.jwt.handle },
    });
    expect(await mine.json()).toMatchObject({ area: "jwt", status: 200 });
  });

  test("bytes no server would issue as a credential are not kept as a copy, so a replay never trips on them", async ({
    playwright,
  }) => {
    const browser = await playwright.request.newContext();
    await browser.get("/compare");
    const { cookies } = await browser.storageState();
    const inspector = cookies.find((cookie) => cookie.name === "lab_inspector")!.value;
    const bare = await playwright.request.newContext();
    const capture = await bare.post("/api/compare/capture", {
      headers: {
        cookie: `lab_inspector=${inspector}; lab_session=%0D%0Ax%3A1; lab_sealed=Fe26.2%00; lab_jwt=%E2%82%AC.a.b`,
      },
    });
    expect(capture.status()).toBe(200);
    expect(await capture.json()).toEqual({ session: null, sealed: null, jwt: null });
    await Promise.all([browser.dispose(), bare.dispose()]);
  });

  test("C11 C15 C27 C41 side by side: an admin's role change and force logout", async ({
    page,
  }) => {
    await page.goto("/compare");
    await page.getByRole("button", { name: "Use a throw-away account" }).first().click();
    await expect(page.getByTestId("jwt-who")).toHaveText(
      /^Logged in as Lab account [0-9a-f]{10} \(user\)$/,
    );
    await expect(page.getByTestId("lab-account-needed")).toHaveCount(0);

    const role = page.getByRole("region", { name: /changes this user's role/ });
    await page.getByLabel("Admin password").fill("not-the-admin-password");
    await role.getByRole("button", { name: "Change role" }).click();
    await expect(role.getByTestId("admin-step-refused")).toHaveText(
      "Invalid username or password.",
    );

    await page.getByLabel("Admin password").fill(demoUser("admin").password);
    await role.getByRole("button", { name: "Change role" }).click();
    await expect(role.getByTestId("session-after-admin")).toHaveText("200, role admin");
    await expect(role.getByTestId("jwt-after-admin")).toHaveText("200, role user");
    await expect(role.getByTestId("sealed-after-admin")).toHaveText("200, role user");

    const logout = page.getByRole("region", { name: /logs this user out everywhere/ });
    await logout.getByRole("button", { name: "Force logout" }).click();
    await expect(logout.getByTestId("session-after-admin")).toHaveText("401");
    await expect(logout.getByTestId("jwt-after-admin")).toHaveText("200, role user");
    await expect(logout.getByTestId("sealed-after-admin")).toHaveText("200, role user");
    await expect(page.getByTestId("session-who")).toHaveText("Not logged in");
  });

  test("the steps that change an account never touch a shared one, and say what to do", async ({
    page,
    request,
  }) => {
    // Logged out: the step explains itself, and asks neither area anything.
    await page.goto("/compare");
    await expect(page.getByTestId("lab-account-needed")).toBeVisible();
    const role = page.getByRole("region", { name: /changes this user's role/ });
    await expect(role.getByRole("button", { name: "Change role" })).toBeDisabled();
    const loggedOut = await page.request.post("/api/compare/admin", {
      data: { action: "toggle_role", admin: demoUser("admin") },
    });
    expect(loggedOut.status()).toBe(409);
    expect((await loggedOut.json()).error).toBe("not_logged_in");

    // Logged in as the shared demo user alice: refused, and alice stays a user for everyone.
    await logInToAll(page, { ...demoUser("alice"), displayName: "Alice Liddell" });
    await expect(page.getByTestId("session-who")).toHaveText("Logged in as Alice Liddell (user)");
    await expect(role.getByRole("button", { name: "Change role" })).toBeDisabled();
    const shared = await page.request.post("/api/compare/admin", {
      data: { action: "toggle_role", admin: demoUser("admin") },
    });
    expect(shared.status()).toBe(409);
    expect((await shared.json()).error).toBe("lab_account_required");
    const alice = await request.post("/api/session/login", { data: demoUser("alice") });
    expect((await alice.json()).user.role).toBe("user");
  });
});
