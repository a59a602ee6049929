import "server-only";
import { insertUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password/hashing";
import { DEMO_USERS } from "@/lib/users/demo-users";

/** Inserts the demo users that do not exist yet; existing ones are left as they are. */
export async function seedDemoUsers(): Promise<string[]> {
  const created: string[] = [];
  for (const demo of DEMO_USERS) {
    const now = new Date();
    const user = await insertUser({
      username: demo.username,
      displayName: demo.displayName,
      role: demo.role,
      passwordHash: await hashPassword(demo.password),
      createdAt: now,
      updatedAt: now,
    });
    if (user !== null) created.push(user.username);
  }
  return created;
}
