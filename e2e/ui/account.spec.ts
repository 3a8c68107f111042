import { expect, test } from "@playwright/test";
import { registerUser, uniqueName } from "../support";
import { AppShell, ProfilePage, SignInPage, SignUpPage } from "./pages";

const PASSWORD = "a good long password";

test("a learner signs up, signs out, signs back in and edits their profile", async ({
  page,
  context,
}) => {
  const username = uniqueName("ui");
  await page.goto("/");
  await page.getByTestId("landing-sign-up").click();
  await expect(page).toHaveURL(/\/sign-up$/);

  const signUp = new SignUpPage(page);
  await signUp.fill({
    full_name: "Grace Hopper",
    email: `${username}@example.com`,
    username,
    password: PASSWORD,
  });
  await signUp.submit();
  await expect(page).toHaveURL(/\/home$/);
  const shell = new AppShell(page);
  await shell.expectSignedInAs("Grace Hopper");

  const cookiesWhileSignedIn = await context.cookies();
  await shell.signOut();
  // Signing out ends the server-side session: the old cookie no longer signs anyone in.
  await context.addCookies(cookiesWhileSignedIn);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in$/);
  await context.clearCookies();

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(username, "not my password");
  await expect(signIn.error()).toHaveText("Incorrect username, email or password");
  await expect(page.getByLabel("Username or email")).toHaveValue(username);
  await signIn.signIn(`${username}@example.com`, PASSWORD);
  await expect(page).toHaveURL(/\/home$/);

  const profile = new ProfilePage(page);
  await profile.open();
  await expect(page.getByTestId("profile-email")).toHaveText(`${username}@example.com`);
  await profile.field("Full name").fill("Grace B. Hopper");
  await profile.field("Language").selectOption("fr");
  await profile.field("Time zone").selectOption("Europe/Paris");
  await profile.save();
  await expect(
    page.getByTestId("toast-success").filter({ hasText: "Profile saved" }).first(),
  ).toBeVisible();

  await page.reload();
  await expect(profile.field("Full name")).toHaveValue("Grace B. Hopper");
  await expect(profile.field("Language")).toHaveValue("fr");
  await expect(profile.field("Time zone")).toHaveValue("Europe/Paris");
  await shell.expectSignedInAs("Grace B. Hopper");
});

test("sign-up shows the server's field errors and keeps what was typed", async ({
  page,
  request,
}) => {
  const taken = await registerUser(request);
  const signUp = new SignUpPage(page);
  await signUp.open();
  await signUp.fill({
    email: `${uniqueName()}@example.com`,
    username: taken.username,
    password: "short",
  });
  await signUp.submit();
  const form = page.getByTestId("sign-up-form");
  await expect(form.getByText("Use at least 8 characters")).toBeVisible();
  await expect(form.getByLabel("Username")).toHaveValue(taken.username);

  await form.getByLabel("Password").fill(PASSWORD);
  await signUp.submit();
  await expect(form.getByText("This username is taken")).toBeVisible();
  await expect(form.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
});

test("the profile form refuses a username someone else has", async ({ page, request }) => {
  const other = await registerUser(request);
  const me = await registerUser(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(me.username, me.password);
  await expect(page).toHaveURL(/\/home$/);
  const profile = new ProfilePage(page);
  await profile.open();
  await profile.field("Username").fill(other.username);
  await profile.save();
  await expect(page.getByTestId("profile-form").getByText("This username is taken")).toBeVisible();
  await expect(profile.field("Username")).toHaveValue(other.username);
});

test("signed-out visitors are sent to sign in, and back where they were going", async ({
  page,
  request,
}) => {
  const account = await registerUser(request);
  await page.goto("/settings/profile");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fsettings%2Fprofile$/);
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/settings\/profile$/);
});
