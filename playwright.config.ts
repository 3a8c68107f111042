import { defineConfig } from "@playwright/test";

// The e2e suite runs against the production build (`npm run build` first), served by the real
// process entry on its own port and its own database: a fresh PGlite folder, or DATABASE_URL
// when CI sets one, so the browser journeys cover the real PostgreSQL server too.
const PORT = 3100;
const baseURL = `http://127.0.0.1:${PORT}`;
const PGLITE_DIR = ".data/e2e-pglite";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL, trace: "retain-on-failure" },
  projects: [
    { name: "api", testDir: "e2e/api" },
    {
      name: "ui",
      testDir: "e2e/ui",
      use: {
        browserName: "chromium",
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf ${PGLITE_DIR} ${PGLITE_DIR}.lock && node server/main.ts`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      PGLITE_DIR,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      // Every journey signs up from 127.0.0.1; the per-address limit has its own tests.
      REGISTRATIONS_PER_IP_PER_HOUR: "1000",
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
