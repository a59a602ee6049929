import { expect, test } from "@playwright/test";
import { LOGGED_IN, PUBLIC } from "../e2e/support/pages";
import { operatorPassword, proxyUrl } from "./support/group";
import { cookieSet, send } from "./support/http";

// The whole site, served by the group (PostgreSQL for every table, Redis for sessions), through
// the load balancer: every page answers 200 with the page itself — not an error page — and says
// which instance rendered it. One test per page; the logged-in pages with the operator (an
// admin) logged in to all three areas at once.

let cookie = "";

test.beforeAll(async () => {
  const account = { username: "operator", password: operatorPassword() };
  const logins = await Promise.all([
    send(proxyUrl(), "/api/session/login", { json: account }),
    send(proxyUrl(), "/api/sealed/login", { json: account }),
    send(proxyUrl(), "/api/jwt/login", { json: account }),
  ]);
  for (const login of logins) expect(login.status, JSON.stringify(login.body)).toBe(200);
  const [session, sealed, jwt] = logins;
  cookie = [
    cookieSet(session!, "lab_session"),
    cookieSet(sealed!, "lab_sealed"),
    cookieSet(jwt!, "lab_jwt"),
  ].join("; ");
});

async function page(path: string, withLogin: boolean): Promise<void> {
  const response = await fetch(`${proxyUrl()}${path}`, {
    headers: withLogin ? { cookie } : {},
    redirect: "manual",
  });
  const html = await response.text();
  expect(response.status, `${path}: ${html.slice(0, 200)}`).toBe(200);
  expect(response.headers.get("x-lab-instance")).toMatch(/^[abc]$/);
  expect(html).toContain("<html");
  expect(html).not.toMatch(/Internal Server Error|Application error/);
}

// The XSS lab's flawed page lives on an origin of its own (lib/threats/xss-origin.ts): asked for
// on the app's name, it redirects there — the every-page spec follows it in a browser.
const ON_THE_APP = PUBLIC.filter((path) => path !== "/threats/xss/victim");

for (const path of ON_THE_APP) {
  test(`serves ${path} through the load balancer`, () => page(path, false));
}

for (const path of LOGGED_IN) {
  test(`serves ${path}, logged in, through the load balancer`, () => page(path, true));
}
