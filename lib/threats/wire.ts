/**
 * What a request looks like on the wire to anyone on the network path when it travels over plain
 * HTTP (C33). Values of cookies are replaced by their length — this page must never echo a
 * credential — except the HTTPS lab's own test cookies, whose values are shown in full to make the
 * point: over HTTP, every byte is readable.
 */

export interface WireView {
  requestLine: string;
  host: string;
  cookie: string | null;
}

export function wireView(
  method: string,
  path: string,
  host: string | null,
  cookies: ReadonlyArray<{ name: string; value: string }>,
  shownInFull: ReadonlySet<string>,
): WireView {
  const cookie = cookies
    .map(({ name, value }) =>
      shownInFull.has(name) ? `${name}=${value}` : `${name}=‹${value.length} characters›`,
    )
    .join("; ");
  return {
    requestLine: `${method} ${path} HTTP/1.1`,
    host: host ?? "(none)",
    cookie: cookie === "" ? null : cookie,
  };
}
