import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { ClockResetNotice } from "@/app/_components/clock-reset-notice";
import { SiteHeader } from "@/app/_components/site-header";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { getPreferredTheme } from "@/lib/lab/preferences";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Session vs JWT Lab", template: "%s · Session vs JWT Lab" },
  description: "Session-based and JWT authentication, side by side and live.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered on the server from the preference cookie: no flash of the other theme.
  const theme = await getPreferredTheme();
  // The language too (lib/i18n/request.ts): <html lang> and every message, in the first byte.
  const locale = await getLocale();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const t = await getTranslations("header");
  return (
    // data-js is set by the script below, before hydration: not a mismatch to warn about.
    <html lang={locale} data-theme={theme} suppressHydrationWarning>
      <head>
        <script
          nonce={nonce}
          dangerouslySetInnerHTML={{ __html: `document.documentElement.dataset.js="on"` }}
        />
      </head>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skip")}
        </a>
        <NextIntlClientProvider>
          <SiteHeader />
          <main id="main" className="mx-auto max-w-7xl px-4 py-8">
            <Suspense>
              <ClockResetNotice />
            </Suspense>
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
