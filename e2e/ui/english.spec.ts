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

const EMAIL =
  "Hi Alex, next weekend I go to the lake with my brother. We wants to swim and have a picnic " +
  "because the weather will be sunny. Do you want to come with us? We can meet at the bus station " +
  "on Saturday at nine o'clock, and we will be back in the evening. Please bring a towel and some " +
  "sandwiches. I hope you can come, it will be fun. Write me soon! Best wishes, Sam";

test("a learner writes in a writing task and sees the task score, the highlighted issues and the criterion scores", async ({
  page,
  request,
}) => {
  const account = await registerUser(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await page.getByRole("link", { name: "English" }).first().click();
  await expect(page).toHaveURL(/\/english$/);
  await page.getByTestId("module-card").filter({ hasText: "Writing a short email" }).click();
  await expect(page.getByRole("heading", { name: "Writing a short email" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Tasks" })
    .getByRole("button", { name: "Task 6" })
    .click();
  const player = page.getByTestId("task-player");
  await expect(player).toContainText("Writing");
  await player.getByRole("textbox").fill(EMAIL);
  await player.getByRole("button", { name: "Check answer" }).click();

  await expect(page.getByTestId("task-feedback")).toContainText(/Score \d+\/100/);
  await expect(page.getByTestId("evaluated-text")).toContainText("next weekend I go to the lake");
  const wants = page.getByTestId("issue-mark").filter({ hasText: /^wants$/ });
  await expect(wants).toBeVisible();
  await wants.click();
  await expect(page.getByRole("tooltip").filter({ hasText: "want" })).toBeVisible();
  await expect(page.getByTestId("overall")).toHaveText(/^[1-5]\.[05]$/);
  for (const c of ["cohesion", "syntax", "vocabulary", "phraseology", "grammar", "conventions"]) {
    await expect(page.getByTestId(`criterion-${c}`)).toContainText(/[1-5]\.[05]/);
  }
  await expect(page.getByTestId("evaluator-mode")).toContainText("Offline evaluator");
  await expectAccessible(page);
});
