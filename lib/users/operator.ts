import { OPERATOR_USERNAME } from "@/config/lab";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * Who may change what every visitor sees — the JWT settings and keys, the seal passwords, the
 * cookie cache, the restart, other people's accounts. Locally, any admin (the demo admin is the
 * lesson). Hosted, the operator alone: the demo admin's password is public, so on a shared
 * instance it must grant nothing that reaches another visitor. The gate that asks this is
 * authorizeServerWide (lib/auth/dal.ts).
 */
export function holdsServerWidePower(
  user: Pick<PublicUser, "username" | "role">,
  labPublic: boolean,
): boolean {
  if (user.role !== "admin") return false;
  return !labPublic || user.username === OPERATOR_USERNAME;
}
