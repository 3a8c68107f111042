import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    setupFiles: ["tests/setup.ts"],
    // Opening a database and applying migrations takes a few seconds on a busy machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    env: {
      NODE_ENV: "test",
      AUTH_SECRET: "test-secret-that-is-at-least-32-characters-long",
      LOG_LEVEL: "warn",
    },
    server: { deps: { inline: ["next-auth"] } },
  },
});
