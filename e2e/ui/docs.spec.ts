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

/** Whether the page has asked for Scalar's bundle (about 1.5 MB) yet. */
const scalarRequested = (page: Page) =>
  page.evaluate(() =>
    performance.getEntriesByType("resource").some((e) => e.name.includes("/docs/api/reference.js")),
  );

test("the API reference keeps the app's frame, and its curl samples name this server", async ({
  page,
  request,
  baseURL,
}) => {
  // Scalar's 1.5 MB bundle is parsed and its reference drawn in the browser: on a busy machine
  // (two journeys at once beside the servers) that alone has taken over 30 s.
  test.slow();
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
  // First the server-rendered index, without Scalar's bundle; the app's navigation is there.
  const index = page.getByTestId("api-reference-index");
  await expect(index.getByText("Create an account").first()).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Docs" })).toBeVisible();
  expect(await scalarRequested(page)).toBe(false);
  // Using the page loads the interactive reference in its place.
  await index.getByText("Create an account").first().click();
  const reference = page.getByTestId("api-reference");
  await expect(reference.getByText("Create an account").first()).toBeVisible({ timeout: 120_000 });
  await expect(index).toBeHidden();
  await page.screenshot({ path: "test-results/screenshots/docs-api-in-app.png" });
  await reference.getByText("Create an account").first().click();
  await expect
    .poll(() => bodyText(page), { timeout: 15_000 })
    .toContain(`${baseURL}/api/auth/register`);
  expect(await bodyText(page)).toMatch(/curl/);
  expect(problems.filter((m) => /deprecat/i.test(m))).toEqual([]);

  await nav.getByRole("link", { name: "Chat" }).click();
  await expect(page).toHaveURL(/\/chat$/);
});

test("signed out, the API reference has a header with the way in", async ({ page }) => {
  test.slow(); // Scalar's bundle, as above
  const problems = consoleProblems(page);
  await page.goto("/docs/api");
  await expect(page.getByText("Create an account").first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("docs-sign-in")).toHaveAttribute("href", "/sign-in");
  await expect(page.getByTestId("docs-home")).toHaveAttribute("href", "/");
  await page.getByTestId("api-reference-load").click();
  await expect(
    page.getByTestId("api-reference").getByText("Create an account").first(),
  ).toBeVisible({ timeout: 120_000 });
  expect(problems.filter((m) => /deprecat/i.test(m))).toEqual([]);
});

test("the guides: navigation, search, examples against this server, and the reference", async ({
  page,
  baseURL,
}) => {
  await page.goto("/docs");
  await expect(page.getByRole("heading", { level: 1, name: "Introduction" })).toBeVisible();
  const docsNav = page.getByRole("navigation", { name: "Documentation" }).first();
  await docsNav.getByRole("link", { name: "Quickstart" }).click();
  await expect(page).toHaveURL(/\/docs\/quickstart$/);
  await expect(page.getByRole("heading", { level: 1, name: "Quickstart" })).toBeVisible();
  // Examples name this server.
  await expect(page.getByTestId("docs-example").first()).toContainText(
    `curl -X POST ${baseURL}/api/auth/register`,
  );
  // Search within the docs finds a section of another guide.
  const search = page.getByTestId("docs-search").first();
  await search.fill("refresh token rotate");
  const results = page.getByTestId("docs-search-results").first();
  await expect(results.getByRole("link").first()).toContainText("Authentication");
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/docs\/authentication/);
  // Limits are stated as configured (this server's free plan has 20 Live seconds).
  await page.goto("/docs/xentree-live");
  await expect(page.getByTestId("docs-article")).toContainText("free 20 seconds");
  // The next-guide link, and the reference and schemas from the docs' navigation.
  await page
    .getByRole("navigation", { name: "Previous and next guide" })
    .getByRole("link", {
      name: "Organizations and Teams",
    })
    .click();
  await expect(page).toHaveURL(/\/docs\/organizations$/);
  await page
    .getByRole("navigation", { name: "Documentation" })
    .first()
    .getByRole("link", {
      name: "Schemas",
    })
    .click();
  await expect(page.getByRole("heading", { name: "ChatRequest" })).toBeVisible();
  await expect(page.locator("#ChatRequest")).toContainText("provider?");
});

test("the guides on a phone: a docs menu, no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/docs/errors-and-limits");
  await expect(page.getByRole("heading", { level: 1, name: "Errors and Limits" })).toBeVisible();
  const menu = page.getByTestId("docs-menu");
  await menu.locator("summary").click();
  await menu.getByRole("link", { name: "Xentree English" }).click();
  await expect(page).toHaveURL(/\/docs\/xentree-english$/);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/screenshots/docs-phone.png", fullPage: true });
});
