import { cookies, headers } from "next/headers";
import { apiJson } from "@/lib/http/responses";
import { whoAmI } from "@/lib/inspect/whoami";
import { route } from "@/lib/http/route";

/** Who this browser is logged in as in each area (the site header asks after each navigation). */
async function get(): Promise<Response> {
  return apiJson(await whoAmI(await cookies(), await headers()));
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get });
