// The "bare + pass-through proxy" app served the way the lab serves itself: Next.js's request
// handler behind a plain node:http server (what server.mjs adds on top — the host check, the
// request context — is then the only difference). PORT, HOST.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "127.0.0.1";
const app = next({ dev: false, hostname, port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();
createServer((req, res) => handle(req, res)).listen(port, hostname);
