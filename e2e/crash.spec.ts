import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { request, type APIRequestContext } from "@playwright/test";
import { freePort, prepareDataDir, waitForPing } from "./support/app-server";
import { demoUser, expect, test } from "./support/fixtures";

// A short crash test: concurrent logins, logouts and refreshes against the production
// server, `kill -9` in the middle, a restart on the same data — and every change the server
// acknowledged before it died is still there; the database passes `PRAGMA integrity_check`.
// A budget for a loaded machine (two server starts, a data directory), not a measure.
test.describe.configure({ timeout: 120_000 });

const users = [demoUser("alice"), demoUser("bob")];

async function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["server.mjs"], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      SESSION_LIMIT: "100",
    },
    stdio: ["ignore", "ignore", "ignore"],
  });
  if (!(await waitForPing(`http://127.0.0.1:${port}`))) throw new Error("server did not start");
  return child;
}

interface Acknowledged {
  sessionsIn: string[]; // cookies of sessions whose login was answered 200 and never logged out
  sessionsOut: string[]; // cookies whose logout was answered 204
  familiesLive: string[]; // the newest refresh token of each family, as answered
  familiesEnded: string[]; // the newest refresh token of families whose logout was answered 204
}

const sessionCookieOf = (setCookie: string | undefined) =>
  /lab_session=([^;]+)/.exec(setCookie ?? "")?.[1] ?? null;

/** One worker: a loop of session and JWT logins, refreshes and logouts until told to stop. */
async function worker(
  api: APIRequestContext,
  n: number,
  ack: Acknowledged,
  stop: { now: boolean },
) {
  const user = users[n % users.length]!;
  while (!stop.now) {
    try {
      const login = await api.post("/api/session/login", { data: user, headers: { cookie: "" } });
      const cookie = sessionCookieOf(login.headers()["set-cookie"]);
      if (login.status() !== 200 || cookie === null) continue;
      if (Math.random() < 0.5) {
        ack.sessionsIn.push(cookie);
      } else {
        const out = await api.post("/api/session/logout", {
          headers: { cookie: `lab_session=${cookie}` },
        });
        if (out.status() === 204) ack.sessionsOut.push(cookie);
      }
      const jwt = await api.post("/api/jwt/login", { data: { ...user, transport: "bearer" } });
      if (jwt.status() !== 200) continue;
      let refreshToken = (await jwt.json()).refreshToken as string;
      const refreshed = await api.post("/api/jwt/refresh", { data: { refreshToken } });
      if (refreshed.status() !== 200) continue;
      refreshToken = (await refreshed.json()).refreshToken as string;
      if (Math.random() < 0.5) {
        ack.familiesLive.push(refreshToken);
      } else {
        const out = await api.post("/api/jwt/logout", { data: { refreshToken } });
        if (out.status() === 204) ack.familiesEnded.push(refreshToken);
      }
    } catch {
      return; // the server died under this request: its outcome is unknown, and not checked
    }
  }
}

/**
 * Enough happened for the check to mean something: logins and logouts, rotations and ends (a
 * quiet machine gets there in about a second; the clients go on writing until the kill).
 */
const enoughAcknowledged = (ack: Acknowledged): boolean =>
  ack.sessionsIn.length + ack.sessionsOut.length >= 30 &&
  ack.familiesLive.length + ack.familiesEnded.length >= 15;

test("kill -9 under concurrent logins, logouts and refreshes loses nothing acknowledged", async () => {
  const dataDir = prepareDataDir();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let server = await startServer(dataDir, port);
  const ack: Acknowledged = {
    sessionsIn: [],
    sessionsOut: [],
    familiesLive: [],
    familiesEnded: [],
  };
  try {
    const stop = { now: false };
    const clients = await Promise.all(
      Array.from({ length: 6 }, () => request.newContext({ baseURL: url })),
    );
    const running = clients.map((api, n) => worker(api, n, ack, stop));
    // The kill comes once enough has been acknowledged for the check to mean something (the
    // counts below), whatever the machine's speed — and while the clients are still writing.
    await expect
      .poll(() => enoughAcknowledged(ack), { timeout: 60_000, intervals: [100] })
      .toBe(true);
    const died = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGKILL");
    await died;
    stop.now = true;
    await Promise.all(running);
    await Promise.all(clients.map((api) => api.dispose()));
    expect(enoughAcknowledged(ack)).toBe(true);

    server = await startServer(dataDir, port);
    const api = await request.newContext({ baseURL: url });
    for (const cookie of ack.sessionsIn) {
      const me = await api.get("/api/session/me", { headers: { cookie: `lab_session=${cookie}` } });
      expect(me.status(), "an acknowledged login survives").toBe(200);
    }
    for (const cookie of ack.sessionsOut) {
      const me = await api.get("/api/session/me", { headers: { cookie: `lab_session=${cookie}` } });
      expect(me.status(), "an acknowledged logout survives").toBe(401);
    }
    for (const refreshToken of ack.familiesEnded) {
      const again = await api.post("/api/jwt/refresh", { data: { refreshToken } });
      expect(again.status(), "an acknowledged JWT logout survives").toBe(401);
    }
    for (const refreshToken of ack.familiesLive) {
      const again = await api.post("/api/jwt/refresh", { data: { refreshToken } });
      expect(again.status(), "an acknowledged rotation survives").toBe(200);
    }
    await api.dispose();
  } finally {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  const db = new Database(path.join(dataDir, "app.db"), { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
  } finally {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
