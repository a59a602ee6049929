import type { z } from "zod";
import { rebuildLocalPath } from "@/lib/auth/login/redirects";
import { config } from "@/config";
import { apiError } from "@/lib/http/responses";
import { fieldErrorsOf } from "@/lib/validation/form-state";

/** Whether a Content-Type header says JSON (`application/json`, with or without parameters). */
export function isJsonType(type: string | null): boolean {
  return type !== null && /^application\/json\s*(;|$)/i.test(type);
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Reads a JSON body and validates it: 415 unless `application/json` (which a cross-site HTML form
 * cannot send), 413 past the size cap (checked before parsing), 400 for malformed JSON or fields.
 * A request with no body at all has no type to check: it is answered as the same request sent
 * with `application/json` would be (an empty body), so leaving the header off changes nothing.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  // For endpoints whose body is optional: an empty body stands for this value.
  { whenEmpty }: { whenEmpty?: unknown } = {},
): Promise<Parsed<z.infer<S>>> {
  const type = request.headers.get("content-type");
  if (type !== null && !isJsonType(type)) return unsupportedType();
  const limit = config.limits.maxJsonBodyBytes;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit)
    return fail(413, "payload_too_large", `The body must be under ${limit} bytes.`);
  const text = await readBodyText(request, limit);
  if (text === null)
    return fail(413, "payload_too_large", `The body must be under ${limit} bytes.`);
  // Bytes with no type: what they are was never said, and JSON is not assumed.
  if (type === null && text !== "") return unsupportedType();
  if (whenEmpty !== undefined && text.trim() === "") return validated(schema, whenEmpty);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(400, "invalid_json", "The body is not valid JSON.");
  }
  return validated(schema, json);
}

function unsupportedType(): { ok: false; response: Response } {
  return fail(415, "unsupported_media_type", "Send the body as application/json.");
}

/**
 * Reads what an HTML form posts (`application/x-www-form-urlencoded`) or JSON, for the one
 * endpoint that must accept forms from anywhere: the CSRF lab's deliberately exposed transfer.
 */
export async function readFormOrJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<Parsed<z.infer<S>> & { form?: boolean }> {
  const type = request.headers.get("content-type");
  // No type: JSON's rules, which answer a body-less request as its JSON twin.
  if (type === null || isJsonType(type)) return readJsonBody(request, schema);
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    return fail(415, "unsupported_media_type", "Send a form (urlencoded) or JSON.");
  }
  const limit = config.limits.maxJsonBodyBytes;
  const text = await readBodyText(request, limit);
  if (text === null)
    return fail(413, "payload_too_large", `The body must be under ${limit} bytes.`);
  return { ...validated(schema, Object.fromEntries(new URLSearchParams(text))), form: true };
}

function validated<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrorsOf(parsed.error);
    const first = Object.values(fields).flat()[0] as string | undefined;
    return {
      ok: false,
      response: apiError(
        400,
        "invalid_input",
        first ?? "The body does not match what this endpoint expects.",
        {
          extra: { fields },
        },
      ),
    };
  }
  return { ok: true, data: parsed.data };
}

function fail(status: number, error: string, message: string): { ok: false; response: Response } {
  return { ok: false, response: apiError(status, error, message) };
}

/** Reads at most `limit` bytes of the body (a lying or absent Content-Length cannot bypass it). */
export async function readBodyText(request: Request, limit: number): Promise<string | null> {
  if (request.body === null) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a cloned body settles only once its twin is done.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** A handler for the methods a route does not support: 405 with `Allow`, as JSON. */
export function methodNotAllowed(...allowed: string[]): () => Response {
  return () =>
    apiError(405, "method_not_allowed", `Use ${allowed.join(" or ")}.`, {
      headers: { Allow: allowed.join(", ") },
    });
}

/**
 * The one field a preference form (the header's mode, theme and language switches) posts, when
 * it is one of the accepted values; null for anything else, a missing field or an oversized body.
 */
export async function readFormChoice<T extends string>(
  request: Request,
  field: string,
  schema: z.ZodType<T>,
): Promise<T | null> {
  const text = await readBodyText(request, 1024);
  if (text === null) return null;
  const parsed = schema.safeParse(new URLSearchParams(text).get(field));
  return parsed.success ? parsed.data : null;
}

/**
 * The name the browser used for this server (`host:port`, lower-cased): behind a trusted proxy its
 * X-Forwarded-Host (server.mjs drops a client's own), else Host. Not `request.url`, whose host a
 * route handler sees as localhost whatever the browser asked for.
 */
export function requestHost(headers: { get(name: string): string | null }): string | null {
  return (headers.get("x-forwarded-host") ?? headers.get("host"))?.toLowerCase() ?? null;
}

/**
 * Where a preference form (theme, language) sends the browser back to: the page it was on, from
 * `Referer`, when that is this site — as a path rebuilt by rebuildLocalPath, never the header's
 * own bytes (no open redirect); else `/`.
 */
export function sameSiteReturnPath(request: Request): string {
  const referer = request.headers.get("referer");
  const host = requestHost(request.headers);
  if (referer === null || host === null) return "/";
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return "/";
  }
  if (from.host !== host) return "/";
  return rebuildLocalPath(`${from.pathname}${from.search}`) ?? "/";
}
