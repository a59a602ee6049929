// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

// next-intl without locale routing: the language comes from a cookie (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
