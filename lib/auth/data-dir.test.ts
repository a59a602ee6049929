import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { config } from "@/config";
import { getSqlite } from "@/db/client";

// SQLite's files only (vitest.config.ts leaves this file out of the PostgreSQL run: that server
// keeps its data where it was installed).
describe("the data directory is the server's alone", () => {
  it("the database, its -wal and -shm are 0600 and the directory 0700", async () => {
    getSqlite().prepare("select 1").get();
    const mode = (file: string) => fs.statSync(file).mode & 0o777;
    expect(mode(config.dataDir)).toBe(0o700);
    for (const file of ["", "-wal", "-shm"]) {
      expect(mode(`${config.databasePath}${file}`).toString(8)).toBe("600");
    }
  });
});
