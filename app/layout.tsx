import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { ClockResetNotice } from "@/app/_components/clock-reset-notice";
import { SiteHeader } from "@/app/_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Session vs JWT Lab", template: "%s · Session vs JWT Lab" },
  description: "Session-based and JWT authentication, side by side and live.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <SiteHeader />
        <main className="mx-auto max-w-7xl px-4 py-8">
          <Suspense>
            <ClockResetNotice />
          </Suspense>
          {children}
        </main>
      </body>
    </html>
  );
}
