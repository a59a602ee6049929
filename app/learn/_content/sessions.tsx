import { Term } from "@/app/_components/term";

export default function Sessions() {
  return (
    <>
      <p>
        At login the server creates a <Term id="session">session</Term> record — who you are, when
        it started, when it ends — in its <Term id="session-store">session store</Term>, and gives
        the browser only a long random <Term id="session-id">session id</Term>. Here the id is{" "}
        <Term id="seal">sealed</Term> in the cookie, so the server can reject a forged cookie before
        asking the store.
      </p>
      <p>
        Every request then costs one <Term id="store-lookup">store lookup</Term>: the{" "}
        <Term id="proxy">proxy</Term> unseals the cookie, the <Term id="dal">DAL</Term> finds the
        record. That lookup is the point: because the record is consulted each time, deleting it
        ends the login <em>at once</em> — logout, an admin&apos;s force-logout, revoking a device,
        an <Term id="idle-timeout">idle or absolute timeout</Term>. A copy of the cookie taken
        earlier points at nothing and gets 401.
      </p>
      <p>
        The price: state on the server that grows with every logged-in device, and a store every
        instance must share. Both are cheap at most scales: on this server the lookup costs less
        than the crypto that guards the cookie (the front page shows both, measured).
      </p>
    </>
  );
}
