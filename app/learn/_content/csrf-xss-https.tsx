import { Term } from "@/app/_components/term";

export default function CsrfXssHttps() {
  return (
    <>
      <p>
        <Term id="csrf">CSRF</Term> works <em>because</em> cookies are sent automatically: another
        site posts a form to this one, and your cookie rides along. Defences: cookies with{" "}
        <Term id="samesite">SameSite=Lax or Strict</Term>, and a server that refuses state changes
        its own pages did not start (this lab&apos;s proxy checks <code>Sec-Fetch-Site</code> and{" "}
        <code>Origin</code> on every non-GET request). A token sent as a{" "}
        <Term id="bearer">Bearer header</Term> is immune — browsers never add it on their own.
      </p>
      <p>
        <Term id="xss">XSS</Term> is the opposite trade. A script injected into the page can read
        anything in <code>localStorage</code> and send it away; it cannot read an{" "}
        <Term id="httponly">HttpOnly</Term> cookie (though it can still act while the page is open).
        So if a browser must hold a JWT, keep it in an HttpOnly, Secure, SameSite cookie rather than
        in storage — and then it needs CSRF protection like any session cookie.
      </p>
      <p>
        Neither matters without <Term id="https">HTTPS</Term>: on plain HTTP anyone on the network
        reads the credential off the wire. The <Term id="secure">Secure</Term> attribute keeps a
        cookie off plain HTTP altogether.
      </p>
    </>
  );
}
