import { expect, test, type Page } from "@playwright/test";
import { registerUser } from "../support";
import { SignInPage } from "./pages";

/** Console warnings and errors of the page, from now on. */
function consoleProblems(page: Page) {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" || m.type() === "error") messages.push(m.text());
  });
  return messages;
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

test("the API reference keeps the app's frame, and its curl samples name this server", async ({
  page,
  request,
  baseURL,
}) => {
  const account = await registerUser(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);

  // The home page's REST card runs as shown: it names this server.
  await expect(page.getByTestId("rest-sample")).toContainText(
    `curl -X POST ${baseURL}/api/auth/login`,
  );

  const problems = consoleProblems(page);
  await page.goto("/docs/api");
  await expect(page.getByText("Create an account").first()).toBeVisible({ timeout: 20_000 });
  // The app's navigation is there: the way back to every area.
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Chat" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/docs-api-in-app.png" });
  await page.getByText("Create an account").first().click();
  await expect
    .poll(() => bodyText(page), { timeout: 15_000 })
    .toContain(`${baseURL}/api/auth/register`);
  expect(await bodyText(page)).toMatch(/curl/);
  expect(problems.filter((m) => /deprecat/i.test(m))).toEqual([]);

  await nav.getByRole("link", { name: "Chat" }).click();
  await expect(page).toHaveURL(/\/chat$/);
});

test("signed out, the API reference has a header with the way in", async ({ page }) => {
  const problems = consoleProblems(page);
  await page.goto("/docs/api");
  await expect(page.getByText("Create an account").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("docs-sign-in")).toHaveAttribute("href", "/sign-in");
  await expect(page.getByTestId("docs-home")).toHaveAttribute("href", "/");
  expect(problems.filter((m) => /deprecat/i.test(m))).toEqual([]);
});
