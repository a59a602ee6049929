/**
 * What the app needs of a request's cookies and headers: satisfied by Next's `cookies()` and
 * `headers()`, by `NextRequest` in the proxy, and by plain objects in tests.
 */
export interface CookieReader {
  get(name: string): { value: string } | undefined;
}

/** A cookie jar that can also list every cookie (the inspector shows them all). */
export interface CookieList extends CookieReader {
  getAll(): Array<{ name: string; value: string }>;
}

export interface HeaderReader {
  get(name: string): string | null;
}
