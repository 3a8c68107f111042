import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./helpers";
import { expectAccessible } from "./axe";

// Search maintenance in the browser (docs/search-maintenance.md): a platform administrator, named
// by PLATFORM_ADMIN_EMAILS in playwright.config.ts, reads the index and rebuilds it; to anyone
// else the page does not exist.

const ADMIN = {
  username: "e2eplatformadmin",
  email: "platform-admin@e2e.example",
  password: "a good long password",
};

test("a platform administrator rebuilds the knowledge index; others get not found", async ({
  page,
  request,
}) => {
  await signInAs(page, request);
  await page.goto("/settings/profile");
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
  await expect(page.getByTestId("platform-admin")).toHaveCount(0);
  const refused = await page.goto("/admin/search");
  expect(refused?.status()).toBe(404);

  // The account may exist from an earlier run on the same database.
  const registered = await request.post("/api/auth/register", { data: ADMIN });
  expect([201, 409]).toContain(registered.status());
  await page.context().clearCookies();
  await signIn(page, ADMIN);
  await page.goto("/settings/profile");
  await page.getByTestId("platform-admin").getByRole("link", { name: "Search index" }).click();
  await expect(page).toHaveURL(/\/admin\/search$/);
  await expect(page.getByTestId("search-indexes")).toContainText("Knowledge documents");
  await expectAccessible(page);

  await page.getByTestId("reindex").click();
  // The toast, not its copy for screen readers.
  await expect(
    page.getByTestId("toast-success").getByText(/Rebuild queued|already running/),
  ).toBeVisible();
  // The job runs in the background; the page follows it until it is done.
  await expect(page.getByTestId("reindex-done")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("reindex")).toBeEnabled();
});
