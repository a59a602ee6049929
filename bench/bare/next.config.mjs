// The benchmark's bare Next.js app. scripts/http-bench.mjs builds it outside the repo: under the
// repo, Next.js adopts the lab's own proxy.ts and instrumentation.ts (it looks beside the nearest
// lockfile) and the baseline would not be bare. It reaches the repo's node_modules through a
// symlink, which Turbopack follows only inside its root: hence root "/".
/** @type {import("next").NextConfig} */
const nextConfig = { poweredByHeader: false, turbopack: { root: "/" } };

export default nextConfig;
