import { randomBytes } from "node:crypto";
import net from "node:net";
import { expect, test } from "@playwright/test";
import { instance, proxyUrl } from "./support/group";
import { cookieSet, newUsername, send, type Account, type Answer } from "./support/http";
import { report } from "./support/measure";
import { balancerStats, type ServerStats } from "./support/balancer";
import { Tally, whenTrue } from "./support/tally";

// `kill -9` of one instance while sign-ups, logins and logouts stream through HAProxy. Whatever
// got a 2xx is really done — the shared database and Redis hold it, not the dead process — and
// the stream goes on through the survivors: a request the dead instance held (or was sent before
// the health check noticed) is retried on another server (retry-on, redispatch).
// This spec runs last (playwright.multi.config.ts): instance B stays dead.

test.describe.configure({ timeout: 180_000 });

const WORKERS = 4;
// Enough acknowledged sign-ups before and after the kill for "nothing lost" to mean something.
const SIGNUPS_EACH_SIDE = 12;

interface Ledger {
  accounts: Account[]; // sign-ups answered 201
  sessionsIn: string[]; // session cookies whose login was answered 200, never logged out
  sessionsOut: string[]; // session cookies whose logout was answered 204
}

async function worker(ledger: Ledger, tally: Tally, stop: { now: boolean }): Promise<void> {
  const sent = async (
    path: string,
    options: Parameters<typeof send>[2],
  ): Promise<Answer | null> => {
    const side = tally.sending();
    return tally.count(await send(proxyUrl(), path, options).catch(() => null), side);
  };
  while (!stop.now) {
    const account = { username: newUsername(), password: randomBytes(12).toString("base64url") };
    const signup = await sent("/api/signup", { json: { ...account, displayName: "Load" } });
    // Not a 201 (a retried sign-up its dead first server had written says "taken"): unacknowledged.
    if (signup?.status !== 201) continue;
    ledger.accounts.push(account);
    const login = await sent("/api/session/login", { json: account });
    if (login?.status !== 200) continue;
    const cookie = cookieSet(login, "lab_session");
    if (ledger.accounts.length % 2 === 0) {
      ledger.sessionsIn.push(cookie);
      continue;
    }
    const logout = await sent("/api/session/logout", { method: "POST", cookie });
    if (logout?.status === 204) ledger.sessionsOut.push(cookie);
  }
}

/** What HAProxy did between two readings of its counters, in words. */
function balancerSince(from: Map<string, ServerStats>, to: Map<string, ServerStats>): string {
  const delta = (id: string, count: keyof Omit<ServerStats, "status">): number =>
    (to.get(id)?.[count] ?? 0) - (from.get(id)?.[count] ?? 0);
  const ids = [...to.keys()];
  const sent = ids.map((id) => `${id} ${delta(id, "sent")}`).join(", ");
  const retried = ids.reduce((sum, id) => sum + delta(id, "retried"), 0);
  const redispatched = ids.reduce((sum, id) => sum + delta(id, "redispatched"), 0);
  return `since the kill it sent ${sent} requests, retried ${retried}, redispatched ${redispatched}`;
}

/** Runs `check` over `items`, `width` at a time; the items it returned false for. */
/** Whether nothing listens at `url`'s port any more (a connection is refused). */
function refusesConnections(url: URL): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

async function failing<T>(items: T[], width: number, check: (item: T) => Promise<boolean>) {
  const failed: T[] = [];
  for (let start = 0; start < items.length; start += width) {
    const slice = items.slice(start, start + width);
    const results = await Promise.all(slice.map(check));
    failed.push(...slice.filter((_, n) => !results[n]));
  }
  return failed;
}

test("kill -9 of B under load loses nothing acknowledged, and HAProxy keeps serving through A and C", async () => {
  const b = instance("b");
  const ledger: Ledger = { accounts: [], sessionsIn: [], sessionsOut: [] };
  const tally = new Tally();
  const stop = { now: false };
  const running = Array.from({ length: WORKERS }, () => worker(ledger, tally, stop));

  await whenTrue(() => ledger.accounts.length >= SIGNUPS_EACH_SIDE, 60_000);
  const atKill = await balancerStats();
  const killedAt = Date.now();
  process.kill(b.pid, "SIGKILL");
  // "After" starts once B is gone — its port refuses connections, so every request HAProxy
  // still sends it fails to connect and is sent elsewhere — not at the signal, which a request
  // already on its way to B may beat.
  await whenTrue(() => refusesConnections(new URL(b.url)), 10_000);
  tally.startAfter();
  // Until HAProxy's health check has taken B out, requests sent to it are retried elsewhere;
  // after, none is sent to it: the stream goes on through both.
  const bIsDown = async (): Promise<boolean> =>
    (await balancerStats()).get("b")?.status.startsWith("DOWN") ?? false;
  await whenTrue(bIsDown, 30_000);
  const downAfter = Date.now() - killedAt;
  const before = ledger.accounts.length;
  await whenTrue(() => ledger.accounts.length >= before + SIGNUPS_EACH_SIDE, 60_000);
  stop.now = true;
  await Promise.all(running);
  const atEnd = await balancerStats();

  const gone = await failing(ledger.accounts, 4, async (account) => {
    const login = await send(proxyUrl(), "/api/session/login", { json: account });
    return login.status === 200;
  });
  const loggedOutAgain = await failing(ledger.sessionsOut, 8, async (cookie) => {
    return (await send(proxyUrl(), "/api/session/me", { cookie })).status === 401;
  });
  const endedSessions = await failing(ledger.sessionsIn, 8, async (cookie) => {
    return (await send(proxyUrl(), "/api/session/me", { cookie })).status === 200;
  });
  const acknowledged =
    ledger.accounts.length + ledger.sessionsIn.length + ledger.sessionsOut.length;
  const lost = gone.length + loggedOutAgain.length + endedSessions.length;
  report(
    `kill -9 of b: acknowledged ${acknowledged} (${ledger.accounts.length} sign-ups, ` +
      `${ledger.sessionsIn.length} logins kept, ${ledger.sessionsOut.length} logouts), lost ${lost}`,
  );
  report(`before the kill: ${tally.describe("before")}`);
  report(`after the kill: ${tally.describe("after")}`);
  report(`HAProxy marked b DOWN ${downAfter} ms after the kill; ${balancerSince(atKill, atEnd)}`);
  expect(lost).toBe(0);
  expect(tally.after.served).toBeGreaterThan(0);
  expect(tally.after.failed, "requests after the kill with no answer or a 5xx").toBe(0);
});
