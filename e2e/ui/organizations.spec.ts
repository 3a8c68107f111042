import { expect, test } from "@playwright/test";
import { createOrganization, registerUser, uniqueName } from "../support";
import { expectAccessible } from "./axe";
import { OrganizationsPage, SignInPage } from "./pages";

test("an admin runs an organization from the browser", async ({ page, request }) => {
  test.setTimeout(120_000); // the whole admin journey: members, teams, roles, settings, deletion
  const admin = await registerUser(request, { full_name: "Ada Admin" });
  const learner = await registerUser(request, { full_name: "Lena Learner" });
  const other = await registerUser(request, { full_name: "Otto Other" });
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(admin.username, admin.password);
  await expect(page).toHaveURL(/\/home$/);

  await page.goto("/organizations");
  await expect(page.getByTestId("organizations-empty")).toBeVisible();
  const orgs = new OrganizationsPage(page);
  const name = `Acme ${uniqueName("")}`;
  const orgId = await orgs.create(name);

  await orgs.tab("Teams");
  await orgs.createTeam("Sales");
  await orgs.createTeam("Support");
  await page.getByTestId("rename-team-Support").click();
  await page.getByLabel("New name for Support").fill("Customer care");
  await page.getByTestId("save-team-Support").click();
  await expect(page.getByTestId("team-Customer care")).toBeVisible();

  await orgs.tab("Members");
  await orgs.addMember("nobody-like-this@example.com", "Member", "No team");
  await expect(
    page.getByTestId("add-member-form").getByText("No Xentree account uses this email"),
  ).toBeVisible();
  await orgs.addMember(learner.email, "Member", "Sales");
  const learnerRow = page.getByTestId(`member-${learner.username}`);
  await expect(learnerRow).toContainText("Lena Learner");
  await expect(learnerRow).toContainText("Sales");
  await orgs.addMember(other.email, "Admin", "Customer care");
  const otherRow = page.getByTestId(`member-${other.username}`);
  await expect(otherRow).toBeVisible();

  await orgs.choose("Role of Lena Learner", "Manager");
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "Lena Learner is now Manager" }).first(),
  ).toBeVisible();
  await orgs.choose("Team of Lena Learner", "Customer care");
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "now in Customer care" }).first(),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Role of Lena Learner" })).toHaveText("Manager");
  await expect(page.getByRole("combobox", { name: "Team of Lena Learner" })).toHaveText(
    "Customer care",
  );

  await page.getByTestId(`remove-${other.username}`).click();
  await expect(page.getByTestId(`remove-${other.username}-dialog`)).toContainText(
    "Otto Other will lose access",
  );
  await page.getByTestId(`remove-${other.username}-confirm`).click();
  await expect(otherRow).toBeHidden();

  await expectAccessible(page);
  await orgs.tab("Teams");
  await expectAccessible(page);
  await orgs.tab("Settings");
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  for (const tab of ["Members", "Teams", "Settings"] as const) {
    await orgs.tab(tab);
    await expect(page).toHaveURL(new RegExp(`/${tab.toLowerCase()}$`));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `${tab} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page
    .getByTestId("organization-settings-form")
    .getByLabel("Description")
    .fill("Where Acme learns");
  await page.getByTestId("organization-save").click();
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "Settings saved" }).first(),
  ).toBeVisible();
  // The Live grant is set in minutes and stored in seconds, through the same verb as PATCH.
  const minutes = page
    .getByTestId("organization-settings-form")
    .getByLabel("Live minutes per member per month");
  await minutes.fill("1.5");
  await page.getByTestId("organization-save").click();
  await expect(page.getByTestId("organization-settings-form")).toContainText("Give whole minutes");
  await minutes.fill("15");
  await page.getByTestId("organization-save").click();
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "Settings saved" }).first(),
  ).toBeVisible();
  await expect
    .poll(async () => await (await page.request.get(`/api/organizations/${orgId}`)).json())
    .toMatchObject({ live_seconds_per_member: 900, description: "Where Acme learns" });

  await page.getByTestId("delete-organization").click();
  const confirm = page.getByTestId("delete-organization-confirm");
  await expect(confirm).toBeDisabled();
  const slug = await page.getByTestId("organization-settings-form").getByLabel("Slug").inputValue();
  await page.getByLabel(`Type ${slug} to confirm`).fill(slug);
  await confirm.click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByTestId("organizations-empty")).toBeVisible();
  await page.goto(`/organizations/${orgId}/members`);
  await expect(
    page.getByText("This organization does not exist, or you are not a member of it."),
  ).toBeVisible();
});

test("a plain member sees no admin actions", async ({ page, request }) => {
  const ownerLogin = await registerUser(request);
  const member = await registerUser(request, { full_name: "Mo Member" });
  const token = (
    await (
      await request.post("/api/auth/login", {
        form: { username: ownerLogin.username, password: ownerLogin.password },
      })
    ).json()
  ).access_token;
  const headers = { authorization: `Bearer ${token}` };
  const org = await createOrganization(request, headers, `Plain ${uniqueName("")}`);
  await request.post(`/api/organizations/${org.id}/teams`, { headers, data: { name: "Readers" } });
  await request.post(`/api/organizations/${org.id}/members`, {
    headers,
    data: { email: member.email, role: "member" },
  });

  await new SignInPage(page).open();
  await new SignInPage(page).signIn(member.username, member.password);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto(`/organizations/${org.id}/members`);
  await expect(page.getByTestId(`member-${member.username}`)).toBeVisible();
  await expect(page.getByTestId("add-member-form")).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByTestId(`remove-${ownerLogin.username}`)).toHaveCount(0);
  await expect(page.getByTestId(`remove-${member.username}`)).toHaveText("Leave");

  await page.getByRole("link", { name: "Teams" }).click();
  await expect(page.getByTestId("team-Readers")).toBeVisible();
  await expect(page.getByTestId("create-team-form")).toHaveCount(0);
  await expect(page.getByTestId("rename-team-Readers")).toHaveCount(0);

  await page
    .getByRole("navigation", { name: "Organization" })
    .getByRole("link", { name: "Settings" })
    .click();
  await expect(page.getByText("Only admins and owners can change these settings.")).toBeVisible();
  await expect(page.getByTestId("organization-settings-form").getByLabel("Name")).toBeDisabled();
  await expect(page.getByTestId("delete-organization")).toHaveCount(0);
});
