import { apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { getRangeKeys } from "@/lib/threats/jwt-range/keys";

/** The "attacker's site" key set that a jku header points to (the range's own, no network). */
async function get(): Promise<Response> {
  return apiJson({ keys: [(await getRangeKeys()).attacker.publicJwk] });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
