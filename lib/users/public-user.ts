import "server-only";
import type { User } from "@/db/schema";

/** What the app may show or sign about a user: never the password hash. */
export type PublicUser = Pick<User, "id" | "username" | "displayName" | "role">;

export function toPublicUser(user: PublicUser): PublicUser {
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role };
}
