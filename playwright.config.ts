import {
  defineConfig,
  type PlaywrightTestOptions,
  type PlaywrightWorkerOptions,
} from "@playwright/test";

// The e2e suite runs against the production build (`npm run build` first), served by the real
// process entry on its own port and its own database: a fresh PGlite folder, or DATABASE_URL
// when CI sets one, so the browser journeys cover the real PostgreSQL server too.
// E2E_PORT lets several checkouts run their journeys on one machine at once.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const PGLITE_DIR = ".data/e2e-pglite";
const DATABASE_URL = process.env.DATABASE_URL;
/** The second instance, when there is one (see webServer); e2e/support.ts reads it back. */
const SECOND_URL = `http://127.0.0.1:${PORT + 1}`;
if (DATABASE_URL) process.env.E2E_SECOND_INSTANCE = SECOND_URL;

/** The local Google stand-in (OAuth server + Calendar API) of the integrations journey. */
const MOCK_GOOGLE = `http://127.0.0.1:${PORT + 50}`;

const serverEnv = {
  NODE_ENV: "production",
  HOST: "127.0.0.1",
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  // Every journey signs up from 127.0.0.1; the per-address limit has its own tests.
  REGISTRATIONS_PER_IP_PER_HOUR: "1000",
  NEXT_TELEMETRY_DISABLED: "1",
  // Slow enough that a journey can reload the page while an answer is still being written.
  OFFLINE_TUTOR_WORDS_PER_SECOND: "15",
  // A free plan of 20 Live seconds, so a journey sees a session cut short by the quota; the
  // other Live journeys get more through an organization's grant.
  LIVE_MONTHLY_SECONDS: "free:20,pro:36000",
  // The one platform administrator of the journeys (e2e/ui/search-admin.spec.ts).
  PLATFORM_ADMIN_EMAILS: "platform-admin@e2e.example",
  // Google Calendar against the local stand-in (tests/integrations/mock-google-server.ts).
  GOOGLE_CLIENT_ID: "xentree-test-client",
  GOOGLE_CLIENT_SECRET: "xentree-test-secret",
  GOOGLE_OAUTH_ISSUER: MOCK_GOOGLE,
  GOOGLE_OAUTH_AUTHORIZE_URL: `${MOCK_GOOGLE}/authorize`,
  GOOGLE_OAUTH_TOKEN_URL: `${MOCK_GOOGLE}/token`,
  GOOGLE_OAUTH_REVOKE_URL: `${MOCK_GOOGLE}/revoke`,
  GOOGLE_CALENDAR_API_URL: `${MOCK_GOOGLE}/calendar/v3`,
};

/** The browser journeys: Debian's Chromium (Playwright cannot download its own here). */
const browser: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
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
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // Two spec files at a time: the journeys mostly wait on the browser and the server, and one at
  // a time took 22 minutes of CI's 30. Each journey makes its own users and organizations.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL, trace: "retain-on-failure" },
  projects: [
    // First, because it is the longest file (every page, twice): started last, it ran alone for
    // its last ~4 minutes while the other worker had nothing left to take.
    { name: "visual", testDir: "e2e/ui", testMatch: "visual.spec.ts", use: browser },
    { name: "api", testDir: "e2e/api" },
    { name: "ui", testDir: "e2e/ui", testIgnore: "visual.spec.ts", use: browser },
  ],
  webServer: [
    {
      command: `node tests/integrations/mock-google-server.ts ${PORT + 50}`,
      url: `${MOCK_GOOGLE}/.well-known/openid-configuration`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `rm -rf ${PGLITE_DIR} ${PGLITE_DIR}.lock && node server/main.ts`,
      url: `${baseURL}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        ...serverEnv,
        PORT: String(PORT),
        PGLITE_DIR,
        ...(DATABASE_URL ? { DATABASE_URL } : {}),
      },
    },
    // On PostgreSQL a second instance shares the database: the API-key journey checks that both
    // count one rate limit. (PGlite is one process's database, so there is no second one there.)
    ...(DATABASE_URL
      ? [
          {
            command: "node server/main.ts",
            url: `${SECOND_URL}/api/health`,
            timeout: 120_000,
            reuseExistingServer: false,
            stdout: "pipe" as const,
            stderr: "pipe" as const,
            env: { ...serverEnv, PORT: String(PORT + 1), DATABASE_URL },
          },
        ]
      : []),
  ],
});
