import { expect, type Page } from "@playwright/test";

export class SignUpPage {
  constructor(private readonly page: Page) {}
  async open() {
    await this.page.goto("/sign-up");
  }
  async fill(account: { full_name?: string; email: string; username: string; password: string }) {
    const form = this.page.getByTestId("sign-up-form");
    if (account.full_name) await form.getByLabel("Full name").fill(account.full_name);
    await form.getByLabel("Email").fill(account.email);
    await form.getByLabel("Username").fill(account.username);
    await form.getByLabel("Password").fill(account.password);
  }
  async submit() {
    await this.page.getByTestId("sign-up-submit").click();
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}
  async open() {
    await this.page.goto("/sign-in");
  }
  async signIn(username: string, password: string) {
    await this.page.getByLabel("Username or email").fill(username);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByTestId("sign-in-submit").click();
  }
  error() {
    return this.page.getByTestId("sign-in-error");
  }
}

export class AppShell {
  constructor(private readonly page: Page) {}
  async expectSignedInAs(name: string) {
    await expect(this.page.getByTestId("user-name")).toHaveText(name);
  }
  async signOut() {
    await this.page.getByTestId("user-menu").click();
    await this.page.getByTestId("sign-out").click();
    await expect(this.page).toHaveURL(/\/sign-in$/);
  }
}

export class ProfilePage {
  constructor(private readonly page: Page) {}
  async open() {
    await this.page.goto("/settings/profile");
    await expect(this.page.getByTestId("profile-form")).toBeVisible();
  }
  field(label: string) {
    return this.page.getByTestId("profile-form").getByLabel(label);
  }
  async save() {
    await this.page.getByTestId("profile-save").click();
  }
}

export class OrganizationsPage {
  constructor(private readonly page: Page) {}
  async create(name: string) {
    await this.page.goto("/organizations");
    await this.page.getByTestId("create-organization").click();
    const dialog = this.page.getByTestId("create-organization-dialog");
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByTestId("create-organization-submit").click();
    await expect(this.page).toHaveURL(/\/organizations\/[0-9a-f-]+\/members$/);
    await expect(this.page.getByTestId("organization-name")).toHaveText(name);
    return this.page.url().split("/").at(-2)!;
  }
  async tab(name: "Members" | "Teams" | "API keys" | "Settings" | "Audit log") {
    await this.page
      .getByRole("navigation", { name: "Organization" })
      .getByRole("link", { name })
      .click();
  }
  async createTeam(name: string) {
    await this.page.getByTestId("create-team-form").getByLabel("New team").fill(name);
    await this.page.getByTestId("create-team-submit").click();
    await expect(this.page.getByTestId(`team-${name}`)).toBeVisible();
  }
  /** Picks an option of one of the kit's Radix selects (its trigger is named by `label`). */
  async choose(label: string, option: string) {
    await this.page.getByRole("combobox", { name: label }).click();
    // The open list's option: the add-member form's native <select> has options of the same name.
    await this.page.getByRole("listbox").getByRole("option", { name: option }).click();
  }
  async addMember(email: string, role: string, team: string) {
    const form = this.page.getByTestId("add-member-form");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Role").selectOption({ label: role });
    await form.getByLabel("Team").selectOption({ label: team });
    await form.getByTestId("add-member-submit").click();
  }
}
