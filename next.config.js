/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and Node-only modules stay outside the bundles; route handlers reach the store through lib/runtime.
  serverExternalPackages: ["better-sqlite3", "pino", "socket.io"],
  turbopack: { root: import.meta.dirname },
};

export default config;
