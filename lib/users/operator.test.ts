import { describe, expect, it } from "vitest";
import { holdsServerWidePower } from "@/lib/users/operator";

describe("server-wide power", () => {
  it("locally, any admin holds it; a user never does", () => {
    expect(holdsServerWidePower({ username: "admin", role: "admin" }, false)).toBe(true);
    expect(holdsServerWidePower({ username: "operator", role: "admin" }, false)).toBe(true);
    expect(holdsServerWidePower({ username: "alice", role: "user" }, false)).toBe(false);
  });

  it("hosted, the operator alone — and only while an admin", () => {
    expect(holdsServerWidePower({ username: "operator", role: "admin" }, true)).toBe(true);
    expect(holdsServerWidePower({ username: "admin", role: "admin" }, true)).toBe(false);
    expect(holdsServerWidePower({ username: "operator", role: "user" }, true)).toBe(false);
  });
});
