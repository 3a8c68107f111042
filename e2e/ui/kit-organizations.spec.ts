import { expect, test } from "@playwright/test";
import { createApiKey, createOrganization, registerUser, uniqueName } from "../support";
import { bearer, expectWithinWidth, sidewaysOverflow, signIn } from "./helpers";
import { OrganizationsPage } from "./pages";

test("at 390 px the member and key tables are cards with every control reachable", async ({
  page,
  request,
}) => {
  const owner = await registerUser(request, { full_name: "Olga Owner" });
  const member = await registerUser(request, { full_name: "Max Member" });
  const headers = await bearer(request, owner.username, owner.password);
  const org = await createOrganization(request, headers, `Phone ${uniqueName("")}`);
  await request.post(`/api/organizations/${org.id}/teams`, { headers, data: { name: "Ops" } });
  await request.post(`/api/organizations/${org.id}/members`, {
    headers,
    data: { email: member.email, role: "member" },
  });
  await createApiKey(request, headers, {
    organization_id: org.id,
    name: "Nightly export",
    permissions: ["organizations:read", "conversations:read"],
  });

  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, owner);
  await page.goto(`/organizations/${org.id}/members`);
  const row = page.getByTestId(`member-${member.username}`);
  await expect(row).toBeVisible();
  await expect(page.locator("[data-layout]").first()).toHaveAttribute("data-layout", "cards");
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await expect(row.getByRole("combobox", { name: "Role of Max Member" })).toBeVisible();
  await expect(row.getByRole("combobox", { name: "Team of Max Member" })).toBeVisible();
  await expect(row.getByTestId(`remove-${member.username}`)).toBeVisible();
  await expectWithinWidth(page, `[data-testid="member-${member.username}"] button`);

  await new OrganizationsPage(page).tab("API keys");
  const key = page.getByTestId("api-key-Nightly export");
  await expect(key).toBeVisible();
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await expect(key.getByTestId("api-key-state")).toBeVisible();
  await expect(key.getByTestId("revoke-Nightly export")).toBeVisible();
  await expectWithinWidth(page, '[data-testid="api-key-Nightly export"] button');
  await expectWithinWidth(page, '[data-testid="api-key-state"]');

  // The same lists are tables where they fit.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator("table[data-testid=api-keys-table]")).toBeVisible();
});

test("granting Admin asks first, says what the role may do, and answers with a toast", async ({
  page,
  request,
}) => {
  const owner = await registerUser(request, { full_name: "Olga Owner" });
  const member = await registerUser(request, { full_name: "Ravi Rise" });
  const headers = await bearer(request, owner.username, owner.password);
  const org = await createOrganization(request, headers, `Roles ${uniqueName("")}`);
  await request.post(`/api/organizations/${org.id}/members`, {
    headers,
    data: { email: member.email, role: "member" },
  });
  await signIn(page, owner);
  await page.goto(`/organizations/${org.id}/members`);
  const orgs = new OrganizationsPage(page);

  // The sole owner is not offered Leave, and is told why.
  await expect(page.getByTestId(`member-${owner.username}`)).toBeVisible();
  await expect(page.getByTestId(`remove-${owner.username}`)).toHaveCount(0);
  await expect(page.getByTestId("sole-owner-note")).toBeVisible();

  await page.getByTestId("roles-explained-open").click();
  await expect(page.getByTestId("roles-explained")).toContainText("Manager");
  await expect(page.getByTestId("roles-explained")).toContainText("their own team");
  await page.keyboard.press("Escape");

  // Each option explains itself.
  await page.getByRole("combobox", { name: "Role of Ravi Rise" }).click();
  await expect(page.getByRole("option", { name: /Admin/ })).toContainText("API keys");
  await page.getByRole("option", { name: /Admin/ }).click();
  const ask = page.getByTestId(`role-${member.username}-dialog`);
  await expect(ask).toContainText("Make Ravi Rise Admin?");
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("combobox", { name: "Role of Ravi Rise" })).toHaveText("Member");
  const members = await request.get(`/api/organizations/${org.id}/members`, { headers });
  expect((await members.json()).items.find((m: { role: string }) => m.role === "admin")).toBe(
    undefined,
  );

  await orgs.choose("Role of Ravi Rise", "Owner");
  await page.getByTestId(`role-${member.username}-confirm`).click();
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "Ravi Rise is now Owner" }).first(),
  ).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Role of Ravi Rise" })).toHaveText("Owner");
  // With a second owner, leaving is possible again.
  await expect(page.getByTestId(`remove-${owner.username}`)).toHaveText("Leave");
  await expect(page.getByTestId("sole-owner-note")).toHaveCount(0);
  // A plain downgrade needs no confirmation.
  await orgs.choose("Role of Ravi Rise", "Manager");
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "now Manager" }).first(),
  ).toBeVisible();
});
