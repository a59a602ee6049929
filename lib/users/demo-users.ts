import type { UserRole } from "@/db/schema";

/** The demo users, documented in the README and on the login pages (this is a demo). */
export const DEMO_USERS: ReadonlyArray<{
  username: string;
  displayName: string;
  role: UserRole;
  password: string;
}> = [
  { username: "alice", displayName: "Alice Liddell", role: "user", password: "alice-in-the-lab" },
  { username: "bob", displayName: "Bob Builder", role: "user", password: "bob-in-the-lab" },
  { username: "admin", displayName: "Ada Admin", role: "admin", password: "admin-in-the-lab" },
];
