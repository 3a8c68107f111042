import { expect, test } from "@playwright/test";
import { createOrganization, signedInClient, uniqueName } from "../support";
import { expectAccessible } from "./axe";
import { OrganizationsPage, SignInPage } from "./pages";

test("an admin creates a key, copies it once, and revokes it", async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const admin = await signedInClient(request, { full_name: "Ada Admin" });
  const org = await createOrganization(request, admin.headers, `UI keys ${uniqueName("")}`);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(admin.account.username, admin.account.password);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto(`/organizations/${org.id}/members`);
  await new OrganizationsPage(page).tab("API keys");
  await expect(page.getByTestId("api-keys-empty")).toBeVisible();

  await page.getByTestId("create-api-key").click();
  const dialog = page.getByTestId("create-api-key-dialog");
  await dialog.getByLabel("Name").fill("LMS sync");
  await dialog.getByLabel("Allowed IP addresses").fill("not-an-ip");
  await dialog.getByTestId("create-api-key-submit").click();
  await expect(dialog.getByText("Choose at least one scope")).toBeVisible();
  await expect(dialog.getByText("Not an IP address or CIDR range")).toBeVisible();
  await expectAccessible(page);

  await dialog.getByRole("checkbox", { name: "Read Organizations" }).check();
  await dialog.getByRole("checkbox", { name: "Write Organizations" }).check();
  await dialog.getByLabel("Requests per minute").fill("120");
  await dialog.getByLabel("Allowed IP addresses").fill("127.0.0.1\n::1");
  await dialog.getByTestId("create-api-key-submit").click();

  const reveal = page.getByTestId("api-key-reveal");
  await expect(reveal).toContainText("It will not be shown again");
  const value = (await reveal.getByTestId("api-key-value").textContent()) ?? "";
  expect(value).toMatch(/^xntr-[A-Za-z0-9_-]{86}$/);
  await reveal.getByTestId("api-key-copy").click();
  await expect(reveal.getByText("Copied")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
  await reveal.getByTestId("api-key-done").click();
  await expect(reveal).toBeHidden();

  const row = page.getByTestId("api-key-LMS sync");
  await expect(row).toContainText(value.slice(0, 16));
  await expect(row).toContainText("organizations:write");
  await expect(row).toContainText("You");
  await expect(row.getByTestId("api-key-state")).toHaveText("active");
  await expect(page.getByText(value)).toHaveCount(0);

  const use = () =>
    request.get(`/api/organizations/${org.id}`, { headers: { "x-api-key": value } });
  expect((await use()).status()).toBe(200);
  await page.reload();
  await expect(row).toContainText("just now");

  await row.getByTestId("revoke-LMS sync").click();
  await expect(page.getByTestId("revoke-LMS sync-dialog")).toContainText("stops working at once");
  await page.getByTestId("revoke-LMS sync-confirm").click();
  await expect(row.getByTestId("api-key-state")).toHaveText("revoked");
  expect((await use()).status()).toBe(401);
});
