import { cookies } from "next/headers";
import { z } from "zod";
import { readJsonBody } from "@/lib/http/request";
import { clientAddress } from "@/ground/client-address";
import { apiJson } from "@/lib/http/responses";
import { accountFor, closeAccountFor, openAccount, type Account } from "@/lib/threats/csrf-bank";
import { COOKIE_CREDENTIALS, labCookie, setLabCookies } from "@/lib/threats/csrf-cookies";
import { route } from "@/lib/http/route";

/**
 * The CSRF lab's toy account (C31): open it (three cookies that differ only in SameSite, plus a
 * Bearer token for the page's script), see it, close it. Only the lab page itself may do these,
 * so they carry the app's real CSRF defence; the exposed endpoint is /api/threats/csrf/transfer.
 */

function view(account: Account | null) {
  return (
    account && {
      balance: account.balance,
      openedAt: account.createdAt,
      transfers: account.transfers,
    }
  );
}

async function fromCookies() {
  const jar = await cookies();
  const held = Object.fromEntries(COOKIE_CREDENTIALS.map((c) => [c, labCookie(jar, c) !== null]));
  const token = COOKIE_CREDENTIALS.map((c) => labCookie(jar, c)).find((t) => t !== null) ?? null;
  return { held, token };
}

async function get(): Promise<Response> {
  const { held, token } = await fromCookies();
  return apiJson({ account: view(accountFor(token)), cookies: held });
}

async function post(request: Request): Promise<Response> {
  const body = await readJsonBody(request, z.object({}));
  if (!body.ok) return body.response;
  closeAccountFor((await fromCookies()).token);
  const { account, cookieToken, bearerToken } = openAccount(
    Date.now(),
    clientAddress(request.headers),
  );
  await setLabCookies(cookieToken);
  return apiJson({ account: view(account), bearerToken }, 201);
}

async function remove(): Promise<Response> {
  const closed = closeAccountFor((await fromCookies()).token);
  await setLabCookies(null);
  return apiJson({ closed });
}

export const { GET, POST, PUT, PATCH, DELETE } = route({ GET: get, POST: post, DELETE: remove });
