import { z } from "zod";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { closeToyBffSession, openToyBffSession, toyBffToken } from "@/lib/threats/xss-toy";

/**
 * The XSS lab's toy backend-for-frontend: log in (POST `{}`), the data it fetches with the token it
 * keeps (GET), log out (POST `{"logout": true}`). No answer ever carries the token.
 */

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(
    request,
    z.object({ logout: z.literal(true).optional() }).strict(),
  );
  if (!body.ok) return body.response;
  if (body.data.logout) {
    await closeToyBffSession();
    return new Response(null, { status: 204 });
  }
  await openToyBffSession();
  return apiJson({ tokensKeptBy: "server" }, 201);
}

async function get(): Promise<Response> {
  const token = await toyBffToken();
  if (token === null) {
    return apiError(401, "not_logged_in", "No toy BFF session: log in through the toy BFF first.");
  }
  return apiJson({
    account: "Toy Tina",
    balance: 100,
    note: "answered by the BFF with the token it keeps: the token never reached the page",
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get, POST: post });
