import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { preparedAs } from "@/db/client";
import { deleteUser, findUserById, updateUser } from "@/db/queries/users";
import { users } from "@/db/schema";
import { makeUser } from "@/lib/test/fixtures";

// Its own database (one per test file): the admins here are the only ones.

describe("the store keeps at least one enabled admin", () => {
  it("whoever asks, the last admin can be neither demoted, disabled nor deleted", async () => {
    await getDb().delete(users);
    const [last, other] = [await makeUser({ role: "admin" }), await makeUser({ role: "admin" })];
    expect(await updateUser(other.id, { role: "user" })).toMatchObject({ ok: true });
    expect(await updateUser(last.id, { role: "user" })).toEqual({
      ok: false,
      reason: "last_admin",
    });
    expect(await updateUser(last.id, { disabledAt: new Date() })).toEqual({
      ok: false,
      reason: "last_admin",
    });
    expect(await deleteUser(last.id)).toBe(false);
    expect(await findUserById(last.id)).toMatchObject({ role: "admin", disabledAt: null });
    // A disabled admin does not count: enabling one is fine, then the other may go.
    expect(await updateUser(other.id, { role: "admin", disabledAt: new Date() })).toMatchObject({
      ok: true,
    });
    expect(await updateUser(last.id, { role: "user" })).toEqual({
      ok: false,
      reason: "last_admin",
    });
    expect(await updateUser(other.id, { disabledAt: null })).toMatchObject({ ok: true });
    expect(await updateUser(last.id, { role: "user" })).toMatchObject({ ok: true });
  });

  it("an acting admin must still be one when the write lands", async () => {
    const [actor, target] = [await makeUser({ role: "admin" }), await makeUser()];
    expect(
      await updateUser(target.id, { role: "admin" }, { actingAdminId: actor.id }),
    ).toMatchObject({
      ok: true,
    });
    expect(await updateUser(actor.id, { disabledAt: new Date() })).toMatchObject({ ok: true });
    expect(await updateUser(target.id, { role: "user" }, { actingAdminId: actor.id })).toEqual({
      ok: false,
      reason: "forbidden",
    });
  });
});

describe("the user lookup of the memory and Redis session stores", () => {
  it("is prepared under a name, so PostgreSQL parses it once per connection", () => {
    const named: Array<string | undefined> = [];
    const query = { prepare: (name?: string) => named.push(name) };
    preparedAs("find_user_by_id", query);
    expect(named).toEqual(["find_user_by_id"]);
  });

  it("finds a user of this lab by id, and nobody for an unknown id", async () => {
    const user = await makeUser();
    expect(await findUserById(user.id)).toMatchObject({ id: user.id, username: user.username });
    expect(await findUserById(user.id + 100_000)).toBeNull();
  });
});
