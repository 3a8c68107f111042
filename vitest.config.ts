import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    setupFiles: ["tests/setup.ts"],
    // Two files at a time even on two cores (Vitest's default there is one): most of a file's
    // time is spent waiting on a database, and one at a time made the run 14 minutes of CI's 30.
    maxWorkers: 2,
    // Opening a database and applying migrations takes a few seconds on a busy machine.
    hookTimeout: 60_000,
    testTimeout: 30_000,
    env: {
      NODE_ENV: "test",
      AUTH_SECRET: "test-secret-that-is-at-least-32-characters-long",
      LOG_LEVEL: "error",
      // Small enough that the account-wide guessing limit is reachable in a test.
      LOGIN_FAILURES_PER_ACCOUNT_ANY_ADDRESS: "20",
      // A small plan for the daily-limit test, and a short timeout for the hanging-model test.
      CHAT_DAILY_LIMITS: "free:200,pro:5000,tiny:2",
      AI_TIMEOUT_SECONDS: "2",
      OFFLINE_TUTOR_WORDS_PER_SECOND: "0",
      // A Google OAuth client (endpoints stay Google's, never called: the flow tests point them
      // at a local OAuth server), so connecting answers like a configured server.
      GOOGLE_CLIENT_ID: "vitest-client",
      GOOGLE_CLIENT_SECRET: "vitest-secret",
    },
    server: { deps: { inline: ["next-auth"] } },
  },
});
