import { Term } from "@/app/_components/term";

export default function HttpAndCookies() {
  return (
    <>
      <p>
        HTTP is <Term id="stateless">stateless</Term>: the server answers each request on its own
        and keeps no memory of the last one. Ask for a protected page twice without a credential and
        you get the same anonymous answer twice. So after you log in, <em>something</em> must come
        back with every later request to say who you are.
      </p>
      <p>
        A <Term id="cookie">cookie</Term> is that something in a browser. The server sends{" "}
        <Term id="set-cookie">Set-Cookie</Term>; the browser stores the value and sends it back,
        automatically, on every request to the same site. Its attributes decide where it goes and
        who can read it: <Term id="path">Path and Max-Age</Term>,{" "}
        <Term id="httponly">HttpOnly</Term> (no scripts), <Term id="secure">Secure</Term> (HTTPS
        only) and <Term id="samesite">SameSite</Term> (not with other sites&apos; requests).
      </p>
      <p>
        A cookie is only a transport. What it carries can be a random session id (the server
        remembers the rest), a signed JWT (the token carries the rest), or no credential at all —
        this site&apos;s mode toggle keeps your preferred area in a plain <code>lab_mode</code>{" "}
        cookie. A native app without a cookie jar sends the same credential in a header instead.
      </p>
    </>
  );
}
