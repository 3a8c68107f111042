import { expect, test } from "@playwright/test";
import { uniqueName } from "../support";
import { bearer, signInAs } from "./helpers";
import { ProfilePage, SignUpPage } from "./pages";

test("a saved name shows in the header at once, and names the phone's account button", async ({
  page,
  request,
}) => {
  await signInAs(page, request, { full_name: "Ada Lovelace" });
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.field("Full name").fill("Ada King");
  await profile.save();
  await expect(page.getByTestId("user-name")).toHaveText("Ada King");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole("button", { name: "Ada King", exact: true })).toBeVisible();
});

test("a page that does not exist is the app's own 404, and there is a favicon", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found-title")).toHaveText("This page does not exist");
  await expect(page.getByRole("link", { name: "Go to your home page" })).toBeVisible();
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);
  await page.goto("/sign-in");
  await page.waitForLoadState("networkidle");
  expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
  expect(errors.filter((e) => e.includes("favicon"))).toEqual([]);
});

test("sign-up starts in the first field, jumps to the first error, and keeps the browser's zone", async ({
  browser,
}) => {
  const context = await browser.newContext({ timezoneId: "Asia/Tokyo", locale: "en-GB" });
  const page = await context.newPage();
  const signUp = new SignUpPage(page);
  await signUp.open();
  await expect(page.getByLabel("Full name")).toBeFocused();
  const username = uniqueName("tz");
  await signUp.fill({ email: `${username}@example.com`, username, password: "short" });
  await signUp.submit();
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.getByLabel("Password").fill("a good long password");
  await signUp.submit();
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/settings/profile");
  await expect(page.getByTestId("profile-form").getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  // British English: day before month.
  await expect(page.getByTestId("profile-member-since")).toHaveText(
    /^\d{1,2} [A-Z][a-z]{2} \d{4}$/,
  );
  await context.close();
});

test("the skip link, the theme switch without a flash, and a rename that shows its start", async ({
  page,
  request,
}) => {
  const account = await signInAs(page, request);
  await page.keyboard.press("Tab");
  const skip = page.getByTestId("skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // The server renders the choice in the first byte, so no light flash before scripts run.
  const html = await (await page.request.get("/home")).text();
  expect(html).toMatch(/<html[^>]*data-theme="dark"/);
  await page.goto("/settings/profile");
  await page.getByTestId("theme-switch").getByRole("radio", { name: "System" }).click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  expect(await (await page.request.get("/home")).text()).not.toMatch(/<html[^>]*data-theme=/);

  await page.goto("/organizations");
  await page.getByTestId("create-organization").click();
  await page.getByTestId("create-organization-dialog").getByLabel("Name").fill("Rename test");
  await page.getByTestId("create-organization-submit").click();
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "Organization created" }).first(),
  ).toBeVisible();
  await page
    .getByRole("navigation", { name: "Organization" })
    .getByRole("link", { name: "Teams" })
    .click();
  const long = "A very long team name that is much wider than the box it is edited in, really";
  await page.getByTestId("create-team-form").getByLabel("New team").fill(long);
  await page.getByTestId("create-team-submit").click();
  await page.getByTestId(`rename-team-${long}`).click();
  const input = page.getByLabel(`New name for ${long}`);
  await expect(input).toBeFocused();
  expect(await input.evaluate((e: HTMLInputElement) => e.scrollLeft)).toBe(0);

  // The chat sidebar's inline rename: the whole title selected, its start in view.
  const headers = await bearer(request, account.username, account.password);
  await request.post("/api/core/conversations", { headers, data: { title: long } });
  await page.goto("/chat");
  await page.getByRole("button", { name: `Rename ${long}` }).click();
  const rename = page.getByTestId("rename-input");
  await expect(rename).toBeFocused();
  const state = await rename.evaluate((e: HTMLInputElement) => ({
    scrollLeft: e.scrollLeft,
    start: e.selectionStart,
    end: e.selectionEnd,
    overflows: e.scrollWidth > e.clientWidth,
  }));
  expect(state).toEqual({ scrollLeft: 0, start: 0, end: long.length, overflows: true });
});
