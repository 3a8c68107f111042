import { expect, test, type Page } from "@playwright/test";
import { registerUser, signedInClient } from "../support";
import { moduleWithAnswers, type Task } from "../xel-support";
import { expectAccessible } from "./axe";
import { SignInPage } from "./pages";

async function answer(page: Page, task: Task, correct: unknown) {
  const player = page.getByTestId("task-player");
  switch (task.type) {
    case "multiple_choice": {
      const text = task.content.options!.find((o) => o.id === correct)!.text;
      await player.getByLabel(text, { exact: true }).check();
      break;
    }
    case "gap_fill":
      for (const [i, value] of (correct as string[]).entries()) {
        await player.getByLabel(`Blank ${i + 1}`).fill(value);
      }
      break;
    case "word_order":
      for (const tile of correct as string[]) {
        await player
          .getByRole("group", { name: "Words to place" })
          .getByRole("button", { name: tile, exact: true })
          .first()
          .click();
      }
      break;
    case "matching":
      for (const left of task.content.left!) {
        await player
          .getByLabel(left.text, { exact: true })
          .selectOption((correct as Record<string, string>)[left.id]!);
      }
      break;
    default:
      await player.getByLabel("Your answer").fill(String(correct));
  }
  await player.getByRole("button", { name: "Check answer" }).click();
}

test("a learner takes a module from start to finish and sees the dashboard move", async ({
  page,
  request,
}) => {
  // A throwaway learner finds out the answers over the API; the journey's learner answers in the browser.
  const helper = await signedInClient(request);
  const { module, answers } = await moduleWithAnswers(request, helper.headers);
  const learner = await registerUser(request);

  await new SignInPage(page).open();
  await new SignInPage(page).signIn(learner.username, learner.password);
  await page.getByRole("link", { name: "English" }).first().click();
  await expect(page).toHaveURL(/\/english$/);
  await expect(page.getByTestId("module-card").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByTestId("module-card").filter({ hasText: module.title }).click();
  await expect(page.getByRole("heading", { name: module.title })).toBeVisible();

  // A wrong answer first: immediate feedback with the right answer, then try again.
  const first = module.tasks[0]!;
  const wrongOption = first.content.options!.find((o) => o.id !== answers.get(first.id))!;
  await page.getByTestId("task-player").getByLabel(wrongOption.text, { exact: true }).check();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("task-feedback")).toContainText("Not quite");
  await expect(page.getByTestId("task-feedback")).toContainText("Correct answer");
  await page.getByRole("button", { name: "Try again" }).click();

  for (const [i, task] of module.tasks.entries()) {
    await expect(page.getByTestId("task-player")).toContainText(
      `Task ${i + 1} of ${module.tasks.length}`,
    );
    await answer(page, task, answers.get(task.id));
    await expect(page.getByTestId("task-feedback")).toContainText("Correct");
    await expect(page.getByTestId("task-feedback")).toContainText("+10 XP");
    if (i + 1 < module.tasks.length) await page.getByRole("button", { name: "Next task" }).click();
  }
  await expect(page.getByTestId("module-progress")).toContainText(
    `Completed · ${module.tasks.length} of ${module.tasks.length} tasks · ${10 * module.tasks.length} XP`,
  );

  await page.getByRole("link", { name: "See your progress" }).click();
  await expect(page).toHaveURL(/\/english\/dashboard$/);
  await expect(page.getByTestId("stat-xp")).toHaveText(String(10 * module.tasks.length));
  await expect(page.getByTestId("stat-streak")).toHaveText("1 day");
  await expect(page.getByTestId("stat-modules")).toHaveText("1");
  await expect(page.getByTestId("recent-results")).toContainText(module.title);
  await expect(page.getByTestId("weekly-chart")).toContainText(`${10 * module.tasks.length} XP`);
  await expect(page.getByTestId("weekly-chart").locator('rect:not([height="0"])')).toHaveCount(1);
  await expectAccessible(page);
});
