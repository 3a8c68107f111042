import { expect, test } from "@playwright/test";
import { registerUser } from "../support";
import { OrganizationsPage, SignInPage } from "./pages";

test("an owner reads and filters the organization's audit log; a member has no tab", async ({
  page,
  request,
  browser,
}) => {
  const owner = await registerUser(request);
  const member = await registerUser(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(owner.username, owner.password);
  await expect(page).toHaveURL(/\/home$/);
  const orgs = new OrganizationsPage(page);
  const orgId = await orgs.create(`Audited ${Date.now()}`);

  // Two recorded changes, made through the browser session's REST door.
  const added = await page.request.post(`/api/organizations/${orgId}/members`, {
    data: { email: member.email, role: "member" },
  });
  expect(added.status()).toBe(201);
  const key = await page.request.post("/api/api-keys", {
    data: { name: "Nightly sync", organization_id: orgId, permissions: ["organizations:read"] },
  });
  expect(key.status()).toBe(201);

  await orgs.tab("Audit log");
  await expect(page).toHaveURL(new RegExp(`/organizations/${orgId}/audit-log$`));
  const table = page.getByTestId("audit-table");
  await expect(table.getByTestId("audit-api_key.created")).toContainText("Nightly sync");
  await expect(table.getByTestId("audit-member.added")).toContainText(member.username);
  await expect(table.getByTestId("audit-member.added")).toContainText(owner.username);

  await page.getByLabel("Action").selectOption({ label: "Created an API key" });
  await expect(table.getByTestId("audit-member.added")).toBeHidden();
  await expect(table.getByTestId("audit-api_key.created")).toBeVisible();
  await page.getByLabel("Result").selectOption({ label: "Failed" });
  await expect(page.getByTestId("audit-empty")).toBeVisible();

  // The owner's own sign-in is on their profile page.
  await page.goto("/settings/profile");
  await expect(page.getByTestId("sign-in-history")).toContainText("Signed in");

  // A plain member sees no Audit log tab, and the page itself refuses them.
  const context = await browser.newContext();
  const other = await context.newPage();
  await new SignInPage(other).open();
  await new SignInPage(other).signIn(member.username, member.password);
  await expect(other).toHaveURL(/\/home$/);
  await other.goto(`/organizations/${orgId}/members`);
  await expect(other.getByRole("navigation", { name: "Organization" })).toBeVisible();
  await expect(
    other.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Members" }),
  ).toBeVisible();
  await expect(
    other
      .getByRole("navigation", { name: "Organization" })
      .getByRole("link", { name: "Audit log" }),
  ).toHaveCount(0);
  await other.goto(`/organizations/${orgId}/audit-log`);
  await expect(other.getByText("Only the organization’s admins and owners")).toBeVisible();
  await context.close();
});
