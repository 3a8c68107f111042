import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const dbImports = {
  patterns: [
    {
      group: ["@/db", "@/db/*", "**/db/*", "../db", "../../db"],
      message: "Go through a server/<domain> verb; the database belongs to server/.",
    },
    {
      group: ["drizzle-orm", "drizzle-orm/*"],
      message: "Go through a server/<domain> verb; queries belong to server/.",
    },
  ],
};

const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // Env is read and validated in one module.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Use getEnv() from server/platform/env." },
      ],
    },
  },
  {
    // The layers: pages, components and tRPC routers reach data only through verbs.
    files: ["app/**", "components/**", "server/**/router.ts", "server/trpc/root.ts"],
    rules: { "no-restricted-imports": ["error", dbImports] },
  },
  {
    files: ["server/**", "db/**"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "ctx.db"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "ctx.db"] }],
    },
  },
  {
    // The env module, and configs and test harnesses that run outside the app.
    files: [
      "server/platform/env.ts",
      "instrumentation.ts",
      "*.config.ts",
      "*.config.mjs",
      "e2e/**",
      "tests/**",
      "scripts/**",
      "bench/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
