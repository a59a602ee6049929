import { expect, logInThroughForm, test } from "./support/fixtures";

test("C30 a signed JWT is a QR check-in pass, verified at the door offline with the published keys only", async ({
  page,
  browser,
}) => {
  await logInThroughForm(page, "jwt");
  await page.goto("/jwt/pass");
  const qr = page.getByTestId("pass-qr");
  await expect(qr).toBeVisible();
  const qrImage = await qr.screenshot();
  const token = await page.getByLabel("Pass token").inputValue();
  expect(token.split(".")).toHaveLength(3);

  // The door is another device: it downloads the public keys once, then loses the network.
  const door = await browser.newContext();
  const desk = await door.newPage();
  await desk.goto("/checkin");
  await desk.getByRole("button", { name: "Download the issuer's keys" }).click();
  await expect(desk.getByTestId("desk-keys")).toContainText(/Holding \d+ public key/);
  await door.setOffline(true);
  await expect(desk.getByTestId("network")).toHaveText("Network: offline");
  const requests: string[] = [];
  desk.on("request", (request) => requests.push(request.url()));

  // Scanning decodes the QR image and verifies the JWT in the page.
  const scanner = desk.getByLabel(/Scan a pass/);
  await scanner.setInputFiles({ name: "pass.png", mimeType: "image/png", buffer: qrImage });
  const verdict = desk.getByTestId("verdict");
  await expect(verdict).toHaveAttribute("data-verdict", "admitted");
  await expect(verdict).toContainText("Admit Alice Liddell");
  await expect(verdict).toContainText("Session vs JWT Lab Conf");

  // The same pass again: still genuine, but the desk remembers it.
  await scanner.setInputFiles({ name: "pass.png", mimeType: "image/png", buffer: qrImage });
  await expect(verdict).toHaveAttribute("data-verdict", "seen-before");

  // A forged pass (another name in the payload) fails the signature check, offline too.
  const [header, payload, signature] = token.split(".");
  const claims = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"));
  const forged = Buffer.from(JSON.stringify({ ...claims, name: "Mallory" })).toString("base64url");
  await desk.getByLabel("…or paste it").fill(`${header}.${forged}.${signature}`);
  await desk.getByRole("button", { name: "Check the pass" }).click();
  await expect(verdict).toHaveAttribute("data-verdict", "refused");
  await expect(verdict).toContainText("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
  expect(requests).toEqual([]);
  await door.close();
});

test("a pass is not a login, and the desk says what is missing", async ({ page, request }) => {
  await logInThroughForm(page, "jwt");
  await page.goto("/jwt/pass");
  const token = await page.getByLabel("Pass token").inputValue();
  const me = await request.get("/api/jwt/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(401);

  await page.goto("/checkin");
  await page.getByLabel("…or paste it").fill(token);
  await page.getByRole("button", { name: "Check the pass" }).click();
  await expect(page.getByTestId("desk-problem")).toContainText("Download the issuer's keys first");
  await page.getByLabel(/Scan a pass/).setInputFiles({
    name: "blank.png",
    mimeType: "image/png",
    buffer: await page.locator("h1").screenshot(),
  });
  await expect(page.getByTestId("desk-problem")).toContainText("No QR code found");
});
