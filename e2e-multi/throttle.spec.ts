import { expect, test } from "@playwright/test";
import { instances, loginClientMax, proxyUrl } from "./support/group";
import { newUsername, send, signUp } from "./support/http";
import { report } from "./support/measure";

// The login throttle counts in the shared store (Redis), so spreading attempts over instances
// buys an attacker nothing. The instances trust one proxy hop (TRUSTED_PROXY_HOPS=1): a request
// sent to an instance directly with X-Forwarded-For stands for one HAProxy forwarded, and a
// client's own X-Forwarded-For sent through HAProxy is not the address that gets counted.

// The per-account budget (config/settings.ts: loginThrottle.freeFailures): five free failures,
// the sixth answered too, and from then on each attempt waits 1 s, 2 s, 4 s… after the last — so
// the seventh, sent at once, is refused.
const FREE_FAILURES = 5;

const address = (n: number): string => `198.51.100.${n}`;

test("failed logins for one account, spread over A, B and C from many addresses, are blocked at the account's limit", async () => {
  const account = await signUp(proxyUrl());
  const group = instances();
  const wrong = { username: account.username, password: "not-the-password" };
  let attempts = 0;
  let answer = 0;
  // Each attempt through the next instance, each from an address of its own: only the account's
  // budget — one for the whole group — can stop them.
  while (answer !== 429 && attempts < 3 * (FREE_FAILURES + 2)) {
    const each = group[attempts % group.length]!;
    attempts += 1;
    const sent = await send(each.url, "/api/session/login", {
      json: wrong,
      headers: { "x-forwarded-for": address(attempts) },
    });
    answer = sent.status;
    expect([401, 429]).toContain(answer);
  }
  // The 7th attempt (the 8th when a slow password check let the first 1 s wait run out): counted
  // per instance, the first refusal would come after 3 × 5 free failures.
  report(`the account's first 429 came at attempt ${attempts}, spread over a, b and c`);
  expect(attempts).toBeLessThanOrEqual(FREE_FAILURES + 3);
  // All at once: a refusal costs no password check, so these arrive well within the wait.
  const after = await Promise.all(
    group.map((each) =>
      send(each.url, "/api/session/login", {
        json: wrong,
        headers: { "x-forwarded-for": address(100) },
      }),
    ),
  );
  for (const [n, refused] of after.entries()) {
    expect(refused.status, `instance ${group[n]!.id} after the limit`).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  }
});

test("failed logins from one address, over many accounts and A, B and C, are blocked at LOGIN_CLIENT_MAX", async () => {
  const group = instances();
  const sprayer = address(200);
  const limit = loginClientMax();
  for (let n = 0; n < limit; n++) {
    const each = group[n % group.length]!;
    const sent = await send(each.url, "/api/session/login", {
      json: { username: newUsername(), password: "Spring2026!" },
      headers: { "x-forwarded-for": sprayer },
    });
    expect(sent.status, `attempt ${n + 1} on instance ${each.id}`).toBe(401);
  }
  for (const each of group) {
    const refused = await send(each.url, "/api/session/login", {
      json: { username: newUsername(), password: "Spring2026!" },
      headers: { "x-forwarded-for": sprayer },
    });
    expect(refused.status, `instance ${each.id} past the address's limit`).toBe(429);
  }
  // Through HAProxy, claiming to be that address changes nothing: HAProxy appends the address it
  // saw, and that one is counted — a client's own header cannot spend (or escape) a budget.
  const claimed = await send(proxyUrl(), "/api/session/login", {
    json: { username: newUsername(), password: "Spring2026!" },
    headers: { "x-forwarded-for": sprayer },
  });
  expect(claimed.status).toBe(401);
});
