import os from "node:os";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { Card, Facts, HowItWorks, Notice } from "@/app/_components/ui";
import { config, cookieSettings } from "@/config";
import { wireView } from "@/lib/threats/wire";
import { SecureCookieTest } from "./components";

export const metadata: Metadata = { title: "HTTPS lab" };

const TEST_COOKIES = new Set(Object.values(cookieSettings.httpsLab).map((c) => c.name));

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === "[::1]";
}

/** Plain-HTTP addresses of this machine other than loopback, when the server listens on them. */
function networkAddresses(port: string): string[] {
  const bound = process.env.HOST;
  if (bound !== undefined && bound !== "" && bound !== "0.0.0.0" && bound !== "::") return [];
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === "IPv4" && !a.internal)
    .map((a) => `http://${a!.address}:${port}/threats/https`);
}

export default async function HttpsLabPage() {
  const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
  const host = requestHeaders.get("host");
  const hostname = (host ?? "").replace(/:\d+$/, "").toLowerCase();
  const scheme = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  const wire = wireView("GET", "/threats/https", host, jar.getAll(), TEST_COOKIES);
  const others = networkAddresses(process.env.PORT ?? "3000");
  const { session } = cookieSettings;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">HTTPS: credentials must travel encrypted</h1>
      <p className="max-w-3xl text-slate-700">
        Over plain HTTP every byte of a request — cookies and <code>Authorization</code> headers
        included — is readable and replayable by anyone on the network path. The <code>Secure</code>{" "}
        cookie attribute tells the browser never to let that happen to a cookie.
      </p>
      <Card title="This request, as the network sees it">
        <div className="space-y-3">
          {scheme === "http" ? (
            <Notice tone="warning">
              This page came over plain HTTP
              {isLoopback(hostname) ? " (on loopback, so it never left this machine)" : ""}: anyone
              between your browser and the server could read the lines below.
            </Notice>
          ) : (
            <Notice>This page came over HTTPS: the lines below were encrypted in transit.</Notice>
          )}
          <pre
            data-testid="wire"
            className="overflow-x-auto rounded bg-slate-900 p-3 text-xs leading-5 text-slate-100"
            tabIndex={0}
          >
            {[
              wire.requestLine,
              `Host: ${wire.host}`,
              ...(wire.cookie ? [`Cookie: ${wire.cookie}`] : []),
            ].join("\n")}
          </pre>
          <p className="text-xs text-slate-500">
            Credential values are shown by length only — this page never echoes one — but on the
            wire they are there in full. Reload after setting the test cookies to see them here.
          </p>
        </div>
      </Card>
      <Card title="Secure or not: what the browser does">
        <SecureCookieTest />
        {others.length > 0 && (
          <div className="mt-3 text-sm">
            <p>
              Try the same test from this machine&apos;s network address (plain HTTP, not loopback):
            </p>
            <ul className="list-inside list-disc">
              {others.map((url) => (
                <li key={url}>
                  <a className="underline" href={url}>
                    {url}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      <Card title="This server's own cookies">
        <Facts
          label="Credential cookie settings"
          items={[
            ["Served over HTTPS (APP_ORIGIN)", config.secure ? "yes" : "no"],
            ["Session cookie name", <code key="n">{session.name}</code>],
            [
              "Secure attribute",
              session.options.secure ? "yes" : "no — the browser would send it over plain HTTP too",
            ],
            [
              "__Host- prefix",
              config.secure ? "yes (Secure, Path=/, no Domain, enforced by the browser)" : "no",
            ],
            [
              "Strict-Transport-Security",
              config.secure ? "sent on every response" : "not sent (plain HTTP)",
            ],
          ]}
        />
      </Card>
      <HowItWorks>
        <p>
          &quot;Set both test cookies&quot; makes the server send two cookies alike but for{" "}
          <code>Secure</code>, then asks which ones came back. A browser stores and sends a{" "}
          <code>Secure</code> cookie only in a <em>secure context</em>: HTTPS, or loopback (
          <code>localhost</code>, <code>127.0.0.1</code>), which never crosses a network. So here on
          loopback both come back; from a network address over plain HTTP the <code>Secure</code>{" "}
          one is refused outright, and only the cookie an eavesdropper could read is left.
        </p>
        <p>
          The lab itself runs on plain HTTP, so its credential cookies go without{" "}
          <code>Secure</code> (other clients, like curl, would drop them otherwise). Deployed behind
          HTTPS, set <code>APP_ORIGIN=https://…</code>: every credential cookie then gets{" "}
          <code>Secure</code> and the <code>__Host-</code> prefix (which the browser refuses unless
          the cookie is <code>Secure</code>, <code>Path=/</code> and has no <code>Domain</code>),
          and every response carries HSTS so the browser never tries plain HTTP again. A JWT in an{" "}
          <code>Authorization</code> header has no such attribute: only HTTPS protects it.
        </p>
      </HowItWorks>
    </div>
  );
}
