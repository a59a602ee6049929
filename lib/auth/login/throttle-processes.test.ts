import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { config } from "@/config";
import { beginLoginAttempt } from "./throttle";

/**
 * Another instance on the same database file, as a real second process: it opens its own
 * connection, counts an attempt against `key` (the 6th failure, blocked for `blockMs`) inside a
 * BEGIN IMMEDIATE transaction, and keeps that transaction open for `holdMs` — a slow commit.
 */
async function otherInstanceHoldingTheLock(key: string, blockMs: number, holdMs: number) {
  const script = `
    const Database = require("better-sqlite3");
    const [file, key, blockMs, holdMs] = process.argv.slice(1);
    const db = new Database(file);
    db.pragma("busy_timeout = 5000");
    db.exec("BEGIN IMMEDIATE");
    const now = Date.now();
    db.prepare("INSERT OR REPLACE INTO throttle_counters (key, count, blocked_until, expires_at) VALUES (?, 6, ?, ?)")
      .run(key, now + Number(blockMs), now + 3600000);
    console.log("locked");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
    db.exec("COMMIT");
    db.close();`;
  const args = ["-e", script, config.databasePath, key, String(blockMs), String(holdMs)];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout });
  await once(lines, "line");
  return { done: once(child, "exit") };
}

/** An instance of the app's throttle in a process of its own (lib/test/throttle-instance.mts). */
async function instance(username: string, attempts: number) {
  const args = ["--conditions=react-server", "lib/test/throttle-instance.mts", username];
  const child = spawn(path.resolve("node_modules/.bin/tsx"), [...args, String(attempts)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  expect((await lines.next()).value).toBe("ready");
  return {
    go: () => child.stdin.write("go\n"),
    allowed: async () => Number((await lines.next()).value),
  };
}

describe("the throttle with two instances on one SQLite file", () => {
  it("counts every attempt of two instances racing: of 2 × 20, exactly 6 pass", async () => {
    getDb();
    const username = `racing-instances-${Math.random().toString(36).slice(2)}`;
    const instances = await Promise.all([instance(username, 20), instance(username, 20)]);
    for (const each of instances) each.go();
    const allowed = await Promise.all(instances.map((each) => each.allowed()));
    expect(allowed[0]! + allowed[1]!).toBe(6); // 5 free failures and the 6th, which blocks
  }, 60_000);

  it("judges an attempt by the time it got the lock, not the time it started waiting", async () => {
    getDb(); // migrated before the other process opens the file
    const username = `two-instances-${Math.random().toString(36).slice(2)}`;
    // The block ends 300 ms from now; the other instance's transaction ends 1 s from now.
    const other = await otherInstanceHoldingTheLock(`login:account:${username}`, 300, 1000);
    const started = Date.now();
    const decision = await beginLoginAttempt(username, null);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500); // it did wait for the lock
    expect(decision).toEqual({ allowed: true });
    await other.done;
  });
});
