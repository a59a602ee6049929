import { z } from "zod";
import { readJsonBody } from "@/lib/http/request";
import { apiError, apiJson } from "@/lib/http/responses";
import { route } from "@/lib/http/route";
import { openToySession, toySessionId } from "@/lib/threats/xss-toy";

/** The XSS lab's toy account: log in (POST), and the data its cookie opens (GET). */

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({}));
  if (!body.ok) return body.response;
  return apiJson(await openToySession(), 201);
}

async function get(): Promise<Response> {
  const id = await toySessionId();
  if (id === null) return apiError(401, "not_logged_in", "No toy session: log in on the lab page.");
  return apiJson({
    account: "Toy Tina",
    balance: 100,
    note: "answered because the cookie came along",
  });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get, POST: post });
