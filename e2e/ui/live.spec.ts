import { expect, test, type Page } from "@playwright/test";
import { createOrganization, signedInClient } from "../support";
import { expectAccessible } from "./axe";
import { SignInPage } from "./pages";

async function signIn(page: Page, account: { username: string; password: string }) {
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
}

test("a learner holds an avatar session by typing, watches the countdown, ends it and opens the transcript", async ({
  page,
  request,
}) => {
  // The e2e free plan has 20 seconds; an organization's grant gives this learner ten minutes.
  const { account, headers } = await signedInClient(request);
  const org = await createOrganization(request, headers, "Speaking club");
  await request.patch(`/api/organizations/${org.id}`, {
    headers,
    data: { live_seconds_per_member: 600 },
  });
  await signIn(page, account);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Live" }).click();
  await expect(page.getByTestId("live-quota-remaining")).toHaveText("10:00");
  await page.getByTestId("live-nickname").fill("Lea");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("button", { name: "Saved" })).toBeVisible();
  await expectAccessible(page);

  await page.getByTestId("live-mode-avatar").check();
  await page.getByTestId("live-start").click();
  await expect(page.getByTestId("live-avatar")).toBeVisible();
  const remaining = page.getByTestId("live-remaining");
  await expect(remaining).toContainText(/^(10:00|9:5\d) left$/);
  await page.getByTestId("live-input").fill("Hello, I want to practise ordering food");
  await page.getByTestId("live-send").click();
  const reply = page.getByTestId("live-turn-ai").first();
  await expect(reply).toContainText("Hello, Lea! I am Xentree's offline practice partner");
  await page.getByTestId("live-input").fill("Yesterday I cooked a big dinner for my family");
  await page.getByTestId("live-input").press("Enter");
  await expect(page.getByTestId("live-turn-ai")).toHaveCount(2);
  await expect(page.getByTestId("live-turn-ai").last()).toContainText("“yesterday”");
  // The countdown moves on the server's numbers.
  await expect(remaining).toContainText(/^9:[0-5]\d left$/, { timeout: 15_000 });
  await expectAccessible(page);

  await page.getByTestId("live-end").click();
  await expect(page.getByTestId("live-ended")).toContainText("Session ended.");
  await page.getByRole("link", { name: "Open the transcript" }).click();
  await expect(page.getByTestId("transcript-turn-user").first()).toHaveText(
    "Hello, I want to practise ordering food",
  );
  await expect(page.getByTestId("transcript-turn-ai")).toHaveCount(2);
  // Sixteen words are too few to score: the evaluator says so instead of inventing scores.
  await page.getByTestId("evaluate-speaking").click();
  await expect(page.getByTestId("insufficient-text")).toContainText("Not enough text to score");
  await expect(page.getByTestId("evaluation")).toContainText("Yesterday I cooked a big dinner");
  await expectAccessible(page);
  // The dashboard lists the stored evaluation.
  const transcriptUrl = page.url();
  await page.goto("/english/dashboard");
  await expect(page.getByTestId("recent-evaluations")).toContainText("too short to score");
  // The Live session and the evaluation both count as learning time.
  await expect(page.getByTestId("learning-time-week")).not.toHaveText("0 min");
  await expect(page.getByTestId("learning-time")).toContainText("Live practice");
  await page.goto(transcriptUrl);
  await page.getByRole("link", { name: "All transcripts" }).click();
  await expect(page.getByTestId("transcripts").getByRole("listitem")).toHaveCount(1);
  await expect(page.getByTestId("transcripts")).toContainText("4 turns");
});

test("a session ends by itself when the month's time runs out, after a warning", async ({
  page,
  request,
}) => {
  const { account } = await signedInClient(request);
  await signIn(page, account);
  await page.goto("/live");
  await expect(page.getByTestId("live-quota-remaining")).toHaveText("0:20");
  await page.getByTestId("live-start").click();
  await expect(page.getByTestId("live-warning")).toBeVisible();
  await page.getByTestId("live-input").fill("Hi, is this the last minute?");
  await page.getByTestId("live-send").click();
  await expect(page.getByTestId("live-turn-ai")).toHaveCount(1);
  await expect(page.getByTestId("live-ended")).toContainText("run out", { timeout: 30_000 });
  await expect(page.getByTestId("live-quota-remaining")).toHaveText("0:00");
  await expect(page.getByTestId("live-start")).toBeDisabled();
  await page.getByRole("link", { name: "Open the transcript" }).click();
  await expect(page.getByTestId("transcript-turn-user")).toHaveText("Hi, is this the last minute?");
});

test("leaving the page ends the session and keeps what was said", async ({ page, request }) => {
  const { account } = await signedInClient(request);
  await signIn(page, account);
  await page.goto("/live");
  await page.getByTestId("live-start").click();
  await page.getByTestId("live-input").fill("Just a quick hello before I go");
  await page.getByTestId("live-send").click();
  await expect(page.getByTestId("live-turn-ai")).toHaveCount(1);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
  await expect(page).toHaveURL(/\/home$/);
  // The browser's session cookie is enough for the REST endpoints.
  await expect
    .poll(async () => (await (await page.request.get("/api/live/quota")).json()).active_session_id)
    .toBeNull();
  await expect
    .poll(async () => (await (await page.request.get("/api/live/transcripts")).json()).items.length)
    .toBe(1);
});
