import { readBodyText } from "@/lib/http/request";
import { apiError } from "@/lib/http/responses";

/**
 * A server action's arguments as React's client encodes them (`encodeReply`): a JSON array — the
 * whole body, or the multipart field "0" with the FormData's fields beside it — in which a string
 * starting with "$" is a reference. Next.js hands whatever arrives to React's decoder, which
 * throws on a broken one (JSON cut short, a chunk that was never sent, a BigInt that does not
 * parse) and Next answers 500. This app's actions take a FormData, after the form's previous
 * state for some: the only references its client ever sends are `$K<n>` (the FormData whose
 * fields are `<n>_…`), `$undefined` and `$$…` (a string that itself starts with "$"). Anything
 * else is refused before Next sees it.
 */

// Next.js's own default cap on a server action's body (`serverActions.bodySizeLimit`).
const MAX_ACTION_BODY_BYTES = 1024 * 1024;
const MAX_DEPTH = 32;
const KNOWN_REFERENCE = /^\$(\$|undefined$|K\d{1,9}$)/;

/** Whether `root` is an argument list this app's client could have sent. */
export function isActionArgumentList(root: string): boolean {
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return false;
  }
  return Array.isArray(args) && onlyKnownReferences(args, 0);
}

function onlyKnownReferences(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return !value.startsWith("$") || KNOWN_REFERENCE.test(value);
  if (value === null || typeof value !== "object") return true;
  const inner = Array.isArray(value) ? value : Object.values(value);
  return inner.every((item) => onlyKnownReferences(item, depth + 1));
}

const FORM_TYPE = /^(multipart\/form-data|application\/x-www-form-urlencoded)\s*(;|$)/i;

/**
 * Whether a request calls a server action: by script (a POST with its `Next-Action` header) or as
 * a form posted without script (a POST whose form fields name the action: `$ACTION_ID_<id>`, or
 * `$ACTION_REF_<n>` for an action with state) — the two ways Next.js itself recognises. The form's
 * body is read from a copy, up to Next's size cap (past it, Next refuses the post anyway).
 */
export async function isServerActionCall(request: Request): Promise<boolean> {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  const type = request.headers.get("content-type") ?? "";
  if (!FORM_TYPE.test(type)) return false;
  const text = await readBodyText(request.clone(), MAX_ACTION_BODY_BYTES);
  const fields = text === null ? null : await formFields(text, type);
  return fields !== null && [...fields.keys()].some((name) => name.startsWith("$ACTION_"));
}

/** A body of a form type parsed into its fields; null when it does not parse as one. */
async function formFields(text: string, type: string): Promise<FormData | null> {
  try {
    return await new Response(text, { headers: { "content-type": type } }).formData();
  } catch {
    return null;
  }
}

/**
 * For a request that calls a server action by its `Next-Action` header: 400 unless its arguments
 * are a list this app's client could have sent, 413 past Next's size cap; null otherwise (other
 * requests, and the no-JavaScript form posts, which Next decodes another way and refuses itself).
 * Reads a copy of the body: Next still gets the original.
 */
export async function serverActionProblem(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const text = await readBodyText(request.clone(), MAX_ACTION_BODY_BYTES);
  if (text === null) {
    return apiError(413, "payload_too_large", "A server action's arguments must be under 1 MB.");
  }
  const type = request.headers.get("content-type") ?? "";
  const root = /^multipart\/form-data\s*;/i.test(type)
    ? ((await formFields(text, type))?.get("0") ?? null)
    : text;
  if (typeof root === "string" && isActionArgumentList(root)) return null;
  return apiError(400, "invalid_action_request", "A server action request needs its arguments.");
}

/**
 * For a state change that calls a server action by its `Next-Action` header with an empty body
 * (whatever its method): 400 before Next.js sees it; null otherwise.
 */
export function argumentlessActionProblem(headers: {
  has(name: string): boolean;
  get(name: string): string | null;
}): Response | null {
  // A server action always sends its arguments; Next.js answers an empty body with a 500.
  if (headers.has("next-action") && headers.get("content-length") === "0") {
    return apiError(400, "invalid_action_request", "A server action request needs its arguments.");
  }
  return null;
}
