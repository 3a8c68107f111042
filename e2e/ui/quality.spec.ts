import { expect, test, type Page } from "@playwright/test";
import { registerUser } from "../support";
import { SignInPage } from "./pages";

async function signIn(page: Page, request: Parameters<typeof registerUser>[0]) {
  const account = await registerUser(request, { full_name: "Ada Lovelace" });
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
}

// Every page's axe, sideways-scroll and overlap checks, at both widths and in both themes, are
// e2e/ui/visual.spec.ts's.

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
