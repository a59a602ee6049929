import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const DIR = path.join(process.cwd(), "db", "migrations");

/** Runs the migration files in order on a fresh database, `before(name)` ahead of each. */
function migrate(before: (db: Database.Database, name: string) => void): Database.Database {
  const db = new Database(":memory:");
  for (const name of fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    before(db, name);
    for (const statement of fs
      .readFileSync(path.join(DIR, name), "utf8")
      .split("--> statement-breakpoint")) {
      db.exec(statement);
    }
  }
  return db;
}

describe("migration 0006 on a database made before it", () => {
  it("marks only the accounts the lab made, and dates the previous seal passwords", () => {
    const db = migrate((db, name) => {
      if (!name.startsWith("0006")) return;
      const user = db.prepare(
        "INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'user', 'x', 0, 0)",
      );
      user.run("lab-0123456789", "Lab account 0123456789");
      user.run("lab-abcdefabcd", "Someone");
      user.run("lab-x", "Lab account x");
      user.run("bob", "Bob");
      db.exec(
        "INSERT INTO seal_settings (id, password_ids, cookie_cache_seconds, updated_at) VALUES (1, '[1,2,5]', 0, 1234)",
      );
    });
    const marked = db.prepare("SELECT username FROM users WHERE throwaway = 1").all();
    expect(marked).toEqual([{ username: "lab-0123456789" }]);
    const seal = db.prepare("SELECT superseded_at AS at FROM seal_settings").get() as {
      at: string;
    };
    expect(JSON.parse(seal.at)).toEqual({ 1: 1234, 2: 1234 });
  });
});
