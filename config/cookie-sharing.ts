/**
 * Whether a page on one host name could set a cookie the other receives: the same name, or a
 * `Domain` attribute naming a parent they share (RFC 6265 §5.3) — one inside the other, or
 * siblings such as app.example.com and lab.example.com. Without the public-suffix list, any
 * shared parent of two labels or more counts (so two names under co.uk are refused too: choose a
 * separate domain). IP addresses share nothing, and browsers never take `localhost` itself as a
 * cookie domain.
 */
export function mayShareCookies(a: string, b: string): boolean {
  if (a === b) return true;
  const isAddress = (host: string) => host.startsWith("[") || /^[\d.]+$/.test(host);
  if (isAddress(a) || isAddress(b)) return false;
  const [x, y] = [a.split(".").reverse(), b.split(".").reverse()];
  let shared = 0;
  while (shared < Math.min(x.length, y.length) && x[shared] === y[shared]) shared++;
  if (shared === 0 || (shared === 1 && x[0] === "localhost")) return false;
  return shared >= 2 || shared === Math.min(x.length, y.length);
}
