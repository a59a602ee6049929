import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { deleteUser, findUserById, updateUser } from "@/db/queries/users";
import { users } from "@/db/schema";
import { makeUser } from "@/lib/test/fixtures";

// Its own database (one per test file): the admins here are the only ones.

describe("the store keeps at least one enabled admin", () => {
  it("whoever asks, the last admin can be neither demoted, disabled nor deleted", () => {
    getDb().delete(users).run();
    const [last, other] = [makeUser({ role: "admin" }), makeUser({ role: "admin" })];
    expect(updateUser(other.id, { role: "user" })).toMatchObject({ ok: true });
    expect(updateUser(last.id, { role: "user" })).toEqual({ ok: false, reason: "last_admin" });
    expect(updateUser(last.id, { disabledAt: new Date() })).toEqual({
      ok: false,
      reason: "last_admin",
    });
    expect(deleteUser(last.id)).toBe(false);
    expect(findUserById(last.id)).toMatchObject({ role: "admin", disabledAt: null });
    // A disabled admin does not count: enabling one is fine, then the other may go.
    expect(updateUser(other.id, { role: "admin", disabledAt: new Date() })).toMatchObject({
      ok: true,
    });
    expect(updateUser(last.id, { role: "user" })).toEqual({ ok: false, reason: "last_admin" });
    expect(updateUser(other.id, { disabledAt: null })).toMatchObject({ ok: true });
    expect(updateUser(last.id, { role: "user" })).toMatchObject({ ok: true });
  });

  it("an acting admin must still be one when the write lands", () => {
    const [actor, target] = [makeUser({ role: "admin" }), makeUser()];
    expect(updateUser(target.id, { role: "admin" }, { actingAdminId: actor.id })).toMatchObject({
      ok: true,
    });
    expect(updateUser(actor.id, { disabledAt: new Date() })).toMatchObject({ ok: true });
    expect(updateUser(target.id, { role: "user" }, { actingAdminId: actor.id })).toEqual({
      ok: false,
      reason: "forbidden",
    });
  });
});
