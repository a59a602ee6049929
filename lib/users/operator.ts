import { OPERATOR_USERNAME } from "@/config/lab";
import type { PublicUser } from "@/lib/users/public-user";

/**
 * Who may change what a whole world sees — the JWT settings and keys, the seal passwords, the
 * cookie cache, the restart, other people's accounts. Locally, any admin (the demo admin is the
 * lesson). Hosted, in the shared world the operator alone (the demo admin's password is public);
 * in a visitor's own lab (lib/auth/visitor-lab) its admin, since every such change reaches that
 * lab and no other. The gate that asks this is authorizeServerWide (lib/auth/dal.ts).
 */
export function holdsServerWidePower(
  user: Pick<PublicUser, "username" | "role">,
  labPublic: boolean,
  inVisitorLab = false,
): boolean {
  if (user.role !== "admin") return false;
  return !labPublic || inVisitorLab || user.username === OPERATOR_USERNAME;
}
