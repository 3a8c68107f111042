import { expect, test, type Page, type Response } from "@playwright/test";
import { registerUser } from "../support";
import { OrganizationsPage, SignInPage } from "./pages";

// Every page must keep working under the Content-Security-Policy (proxy.ts): the browser reports
// each refused script, style, frame or connection as a `securitypolicyviolation` event, which
// this check collects from the first script on, and any one of them fails the journey.

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

function expectSecurityHeaders(response: Response | null, path: string) {
  expect(response, `${path} answered`).not.toBeNull();
  const h = response!.headers();
  expect(h["content-security-policy"], `${path}: CSP`).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(h["content-security-policy"], `${path}: frame-ancestors`).toContain(
    "frame-ancestors 'none'",
  );
  expect(h["x-frame-options"], `${path}: X-Frame-Options`).toBe("DENY");
  expect(h["x-content-type-options"], `${path}: nosniff`).toBe("nosniff");
  expect(h["referrer-policy"], `${path}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], `${path}: Permissions-Policy`).toContain("camera=()");
}

async function visit(page: Page, path: string, ready?: () => Promise<void>) {
  const response = await page.goto(path);
  expectSecurityHeaders(response, path);
  await page.waitForLoadState("networkidle");
  if (ready) await ready();
  // Next's inline bootstrap scripts ran, so the nonce was accepted.
  expect(await page.evaluate(() => Array.isArray((self as { __next_f?: unknown }).__next_f))).toBe(
    true,
  );
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  expect(violations, `CSP violations on ${path}`).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations!.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      throw new Error(`CSP message on ${page.url()}: ${message.text()}`);
    }
  });
});

test("every page works under the CSP and carries the security headers", async ({
  page,
  request,
}) => {
  // Seventeen pages, each until the network is idle: more than the default minute on a busy CI.
  test.setTimeout(180_000);
  for (const path of ["/", "/sign-in", "/sign-up"]) await visit(page, path);
  await visit(page, "/docs/api", async () => {
    // Scalar's bundle loads on demand: load it, so its scripts run under the CSP too.
    await page.getByTestId("api-reference-load").click();
    await expect(
      page.getByTestId("api-reference").getByText("Create an account").first(),
    ).toBeVisible({ timeout: 60_000 });
  });

  const account = await registerUser(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);

  const orgId = await new OrganizationsPage(page).create(`CSP ${Date.now()}`);
  const conversation = await page.request.post("/api/core/conversations", {
    data: { title: "CSP check" },
  });
  expect(conversation.status()).toBe(201);
  const { id: conversationId } = await conversation.json();

  for (const path of [
    "/home",
    "/chat",
    `/chat/${conversationId}`,
    "/notes",
    "/search?q=policy",
    "/organizations",
    `/organizations/${orgId}`,
    `/organizations/${orgId}/members`,
    `/organizations/${orgId}/teams`,
    `/organizations/${orgId}/api-keys`,
    `/organizations/${orgId}/settings`,
    `/organizations/${orgId}/audit-log`,
    "/settings/profile",
  ]) {
    await visit(page, path);
  }

  // A chat answer streams over the same connection rules.
  await page.goto(`/chat/${conversationId}`);
  await page.getByTestId("chat-input").fill("What is a nonce?");
  await page.getByTestId("chat-input").press("Enter");
  await expect(page.getByTestId("message-assistant").last()).toContainText("No language model", {
    timeout: 20_000,
  });
  expect(await page.evaluate(() => window.__cspViolations ?? [])).toEqual([]);
});

test("API answers carry the headers too, with a policy that loads nothing", async ({ request }) => {
  for (const path of ["/api/health", "/api/auth/me", "/api/openapi.json", "/api/no-such-thing"]) {
    const response = await request.get(path);
    const h = response.headers();
    expect(h["content-security-policy"], path).toContain("default-src 'none'");
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    // Plain HTTP here: no HSTS (it is sent only in production over HTTPS).
    expect(h["strict-transport-security"], path).toBeUndefined();
  }
});

test("HSTS is sent when a trusted proxy says the request came over HTTPS", async ({ request }) => {
  // 127.0.0.1 is not a trusted proxy in this run, so its X-Forwarded-Proto is dropped.
  const spoofed = await request.get("/api/health", { headers: { "x-forwarded-proto": "https" } });
  expect(spoofed.headers()["strict-transport-security"]).toBeUndefined();
});
