import { expect, test, type Page } from "@playwright/test";
import { registerUser } from "../support";
import { expectAccessible } from "./axe";
import { SignInPage } from "./pages";

async function signIn(page: Page, request: Parameters<typeof registerUser>[0]) {
  const account = await registerUser(request, { full_name: "Ada Lovelace" });
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
}

for (const scheme of ["light", "dark"] as const) {
  test(`main pages pass axe and fit a phone screen (${scheme})`, async ({ page, request }) => {
    test.slow(); // fourteen pages, each checked twice, on a shared machine
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/", "/sign-in", "/sign-up"]) {
      await page.goto(path);
      await expectAccessible(page);
    }
    await signIn(page, request);
    for (const path of [
      "/home",
      "/chat",
      "/notes",
      "/live",
      "/live/transcripts",
      "/knowledge",
      "/english",
      "/english/dashboard",
      "/english/evaluate",
      "/settings/profile",
      "/organizations",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expectAccessible(page);
      await page.screenshot({
        path: `test-results/screenshots/${path.slice(1).replaceAll("/", "-")}-desktop-${scheme}.png`,
      });
      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `test-results/screenshots/${path.slice(1).replaceAll("/", "-")}-phone-${scheme}.png`,
      });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
}

test("the phone menu opens the navigation and closes with Escape", async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, request);
  await page.getByTestId("mobile-menu").click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("link", { name: "Profile" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("the API reference renders from local files only", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol.startsWith("http"))
      foreign.push(r.url());
  });
  await page.goto("/docs/api");
  await expect(page.getByText("Create an account").first()).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: "test-results/screenshots/docs-api.png" });
  expect(foreign).toEqual([]);
});
