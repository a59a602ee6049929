/**
 * Finds English prose left on a Korean page: a run of three or more English words in one piece of
 * visible text. Technical terms that stay in English in Korean writing (JWT, HttpOnly, header
 * names, product names) break a run instead of extending it, so "JWT는 HttpOnly 쿠키에" passes and
 * "Log in to both areas" does not. Code (`<code>`, `<pre>`, `<kbd>`, `<samp>`) and anything
 * marked `translate="no"` is not prose: the page collects its text without them (e2e/support).
 */

// Words that may stand in Korean prose as they are. Compared case-insensitively.
const TERMS = new Set(
  [
    // the mechanisms, formats and standards
    "jwt jwts jws jwe jwk jwks jose jti kid alg exp iat nbf sub aud iss typ ver fid cnf jkt " +
      "htm htu hs256 es256 rs256 eddsa hmac sha aes gcm base64url fe26 iron session argon2id " +
      "dpop bff oauth oidc rfc owasp cwe http https tls url api json html css csp cors csrf xss " +
      "dom qr id ids ip cpu ram p95 p50 ms kib mib b",
    // cookie and header vocabulary
    "httponly secure samesite lax strict none path domain max age expires set cookie " +
      "authorization bearer origin host referer localstorage sessionstorage document fetch",
    // products and places
    "next js react node redis sqlite postgresql postgres nginx haproxy playwright chromium " +
      "vitest netflix github lucia auth better iron-session next-auth authjs clerk supabase " +
      "firebase auth0",
    // the demo users
    "alice bob admin operator",
  ]
    .join(" ")
    .split(" "),
);

const WORD = /[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*/g;
// Between two words of one run: spaces and light punctuation only (no digit, no Korean letter).
const JOINER = /^[\s,;:()"“”'‘’–—-]*$/;

/** The runs of three or more English prose words in one piece of text. */
export function englishRuns(text: string, minimum = 3): string[] {
  const runs: string[] = [];
  let run: { start: number; end: number; words: number } | null = null;
  const close = () => {
    if (run !== null && run.words >= minimum) runs.push(text.slice(run.start, run.end));
    run = null;
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (TERMS.has(word.toLowerCase()) || TERMS.has(word.toLowerCase().replace(/s$/, ""))) {
      close();
      continue;
    }
    const current = run as { start: number; end: number; words: number } | null;
    if (current !== null && JOINER.test(text.slice(current.end, start))) {
      current.end = end;
      current.words += 1;
    } else {
      close();
      run = { start, end, words: 1 };
    }
  }
  close();
  return runs;
}
