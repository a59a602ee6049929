import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import { expect, test } from "./support/fixtures";

// The learn pages' evidence made by this server on each view: a JWE beside its JWS, and the
// session store this server actually runs.

test("jwt-anatomy: the same claims as a three-part JWS, decoded, and a five-part JWE, unreadable", async ({
  page,
}) => {
  await page.goto("/learn/jwt-anatomy");
  const jws = page.getByTestId("example-jws");
  const jwe = page.getByTestId("example-jwe");
  await expect(jws).toHaveAttribute("data-parts", "3");
  await expect(jwe).toHaveAttribute("data-parts", "5");
  const tokenOf = async (panel: typeof jws) =>
    (await panel.locator("p[translate=no]").innerText()).trim();
  expect((await tokenOf(jws)).split(".")).toHaveLength(3);
  expect((await tokenOf(jwe)).split(".")).toHaveLength(5);
  // The JWS's payload is there to read; the JWE says only how it was encrypted.
  await expect(jws.getByLabel(en.learn.example.payloadLabel)).toContainText(
    `"name": "${en.learn.example.visitorName}"`,
  );
  await expect(jwe.getByLabel(en.learn.example.jweHeaderLabel)).toContainText('"enc": "A256GCM"');
  await expect(jwe).not.toContainText(en.learn.example.visitorName);
  // An example, never a login: the API does not take it.
  const answer = await page.request.get("/api/jwt/me", {
    headers: { authorization: `Bearer ${await tokenOf(jws)}` },
  });
  expect(answer.status()).toBe(401);
});

test("jwt-anatomy in Korean: both tokens, the words around them Korean", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await context.addCookies([{ name: "lab_lang", value: "ko", url: page.url() }]);
  await page.goto("/learn/jwt-anatomy");
  await expect(page.getByRole("heading", { name: ko.learn.example.title })).toBeVisible();
  await expect(page.getByTestId("example-jwe")).toHaveAttribute("data-parts", "5");
});

test("scaling-out: the session store this server runs, and the two-instance runs", async ({
  page,
}) => {
  await page.goto("/learn/scaling-out");
  const store = page.getByTestId("store-in-use");
  const kind = process.env.SESSION_STORE ?? "sqlite";
  await expect(store).toHaveAttribute("data-store", kind);
  await expect(store).toContainText(`SESSION_STORE=${kind}`);
  await expect(page.getByTestId("two-instances")).toContainText("within 1 s");
  await expect(page.locator("main")).not.toContainText("Redis here");
});

test("scaling-out: what runs now, in words first — one instance (this one), SQLite, and the session store", async ({
  page,
}) => {
  const response = await page.goto("/learn/scaling-out");
  const instance = response?.headers()["x-lab-instance"] ?? "";
  const words = en.topology.page;
  await expect(page.locator("main")).toContainText("A load balancer is the one address");
  await expect(page.locator("main")).toContainText("A shared store is a database");
  const topology = page.getByTestId("topology");
  const store = process.env.SESSION_STORE ?? "sqlite";
  await expect(topology).toHaveAttribute("data-instances", "1");
  await expect(topology).toHaveAttribute("data-database", "sqlite");
  await expect(topology).toHaveAttribute("data-store", store);
  await expect(topology).toContainText("1 instance of this app is running now");
  await expect(topology).toContainText("Database: SQLite");
  await expect(topology).toContainText(`SESSION_STORE=${store}`);
  const listed = topology.getByRole("list", { name: words.instances }).getByRole("listitem");
  await expect(listed).toHaveText([`${instance} — ${words.answering}`]);
});
