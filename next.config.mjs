// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without locale routing: the language comes from a cookie (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The sealed-cookie area was once at /cookie: old links, bookmarks and scripts still arrive (308
  // keeps a POST a POST, with its body).
  async redirects() {
    return [
      { source: "/cookie", destination: "/sealed", permanent: true },
      { source: "/cookie/:path*", destination: "/sealed/:path*", permanent: true },
      { source: "/api/cookie/:path*", destination: "/api/sealed/:path*", permanent: true },
    ];
  },
};

export default withNextIntl(nextConfig);
