/** A Set-Cookie header as the inspector shows it: name, attributes and size — never the value. */
export interface SetCookieSummary {
  name: string;
  bytes: number;
  cleared: boolean;
  attributes: string[];
}

/** Summarises the Set-Cookie headers of a response without keeping any cookie value. */
export function describeSetCookies(
  header: number | string | string[] | undefined,
): SetCookieSummary[] {
  const lines = Array.isArray(header) ? header : typeof header === "string" ? [header] : [];
  return lines.map((line) => {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const equals = pair.indexOf("=");
    const name = equals === -1 ? pair : pair.slice(0, equals);
    const value = equals === -1 ? "" : pair.slice(equals + 1);
    const cleared = value === "" || attributes.some((a) => /^max-age=0$/i.test(a));
    return { name, bytes: Buffer.byteLength(value), cleared, attributes };
  });
}
