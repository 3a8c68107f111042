import { expect, test } from "@playwright/test";
import { registerUser } from "../support";
import { expectAccessible } from "./axe";
import { SignInPage } from "./pages";

const ESSAY =
  "Many students think that homework is not useful. In my opinion, homework help students to remember " +
  "what they learn in class. However I agree that teachers should not give too much homeworks. Students " +
  "also need time to rest and to play with their friends, because a tired student cannot learn well.";

test("a learner writes an essay and sees the issues in place, the scores and what to do next", async ({
  page,
  request,
}) => {
  const account = await registerUser(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page).toHaveURL(/\/english$/);
  await page.getByRole("link", { name: "Check your writing" }).click();
  await expect(page).toHaveURL(/\/english\/evaluate$/);

  await page.getByTestId("evaluate-text").fill("Too short.");
  await page.getByTestId("evaluate-submit").click();
  await expect(page.getByTestId("insufficient-text")).toContainText("at least 30 words");

  await page.getByTestId("evaluate-text").fill(ESSAY);
  await page.getByTestId("evaluate-submit").click();
  const text = page.getByTestId("evaluated-text");
  await expect(text).toContainText("Many students think");
  const help = page.getByTestId("issue-mark").filter({ hasText: /^help$/ });
  await expect(help).toBeVisible();
  await help.click();
  await expect(page.getByRole("tooltip").filter({ hasText: "helps" })).toBeVisible();
  await expect(page.getByTestId("issue-mark").filter({ hasText: /^homeworks$/ })).toBeVisible();
  await expect(page.getByTestId("overall")).toHaveText(/^[1-5]\.[05]$/);
  await expect(page.getByTestId("cefr")).toHaveText(/^[ABC][12]$/);
  for (const c of ["cohesion", "syntax", "vocabulary", "phraseology", "grammar", "conventions"]) {
    await expect(page.getByTestId(`criterion-${c}`)).toContainText(/[1-5]\.[05]/);
  }
  await expect(page.getByTestId("next-steps")).toBeVisible();
  await expect(page.getByTestId("evaluator-mode")).toContainText("Offline evaluator");
  await expectAccessible(page);
});
