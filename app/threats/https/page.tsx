import os from "node:os";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Card, Facts, HowItWorks, Notice } from "@/app/_components/ui";
import { RICH } from "@/app/_components/rich";
import { config, cookieSettings } from "@/config";
import { wireView } from "@/lib/threats/wire";
import { SecureCookieTest } from "./components";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("threats.https"))("metaTitle") };
}

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
  const t = await getTranslations("threats.https");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t.rich("intro", RICH)}</p>
      <Card title={t("wireTitle")}>
        <div className="space-y-3">
          {scheme === "http" ? (
            <Notice tone="warning">
              {t("plain", { loopback: isLoopback(hostname) ? "yes" : "no" })}
            </Notice>
          ) : (
            <Notice>{t("encrypted")}</Notice>
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
          <p className="text-xs text-slate-500">{t("lengthOnly")}</p>
        </div>
      </Card>
      <Card title={t("secureTitle")}>
        <SecureCookieTest />
        {others.length > 0 && (
          <div className="mt-3 text-sm">
            <p>{t("tryNetwork")}</p>
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
      <Card title={t("ownTitle")}>
        <Facts
          label={t("ownLabel")}
          items={[
            [t("servedOverHttps"), config.secure ? t("yes") : t("no")],
            [t("cookieName"), <code key="n">{session.name}</code>],
            [t("secureAttribute"), session.options.secure ? t("yes") : t("secureNo")],
            [t("hostPrefix"), config.secure ? t("hostPrefixYes") : t("no")],
            [t("hsts"), config.secure ? t("hstsSent") : t("hstsNotSent")],
          ]}
        />
      </Card>
      <HowItWorks>
        <p>{t.rich("how1", RICH)}</p>
        <p>{t.rich("how2", RICH)}</p>
      </HowItWorks>
    </div>
  );
}
