import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signedInClient } from "../support";
import { SignInPage } from "./pages";

/** A learner signed in in the browser, with bearer headers for setting things up over REST. */
async function learner(page: Page, request: APIRequestContext) {
  const { account, headers } = await signedInClient(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
  return headers;
}

/** Counts, on every change of the page, the questions and answers on screen; keeps the highest. */
async function watchMessageCounts(page: Page) {
  await page.evaluate(() => {
    const seen = { user: 0, assistant: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      seen.user = Math.max(
        seen.user,
        document.querySelectorAll("[data-testid=message-user]").length,
      );
      seen.assistant = Math.max(
        seen.assistant,
        document.querySelectorAll("[data-testid=message-assistant]").length,
      );
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { seen: object }).seen);
}

test("an answer that finishes streaming is shown once, never beside its stored copy", async ({
  page,
  request,
}) => {
  await learner(page, request);
  await page.goto("/chat");
  const maxima = await watchMessageCounts(page);
  await page.getByTestId("chat-input").fill("What is osmosis?");
  await page.getByTestId("chat-input").press("Enter");
  // The answer is on screen as it is written, not only once it is stored.
  await expect(page.getByTestId("message-user")).toHaveText("What is osmosis?");
  await expect(page.getByTestId("message-assistant")).toContainText("No language model");
  await expect(page.getByTestId("chat-stop")).toBeVisible();
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 20_000 });
  // The stored copy is loaded after the stream ends: give it time to arrive and replace.
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("conversation-What is osmosis")).toBeVisible();
  await page.waitForTimeout(1500);
  expect(await maxima()).toEqual({ user: 1, assistant: 1 });
  await expect(page.getByTestId("message-assistant")).toHaveCount(1);

  // A second turn, the same.
  await page.getByTestId("chat-input").fill("And diffusion?");
  await page.getByTestId("chat-input").press("Enter");
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(1500);
  expect(await maxima()).toEqual({ user: 2, assistant: 2 });
});

test("deleting the conversation just started leaves a blank chat, nothing stale", async ({
  page,
  request,
}) => {
  await learner(page, request);
  await page.goto("/chat");
  await page.getByTestId("chat-input").fill("Short lived question");
  await page.getByTestId("chat-input").press("Enter");
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("chat-title")).toHaveText("Short lived question");

  await page.getByTestId("delete-conversation-Short lived question").click();
  await page.getByTestId("delete-conversation-Short lived question-confirm").click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(page.getByTestId("chat-title")).toHaveText("New conversation");
  await expect(page.getByTestId("message-user")).toHaveCount(0);
  await expect(page.getByText("does not exist")).toHaveCount(0);
  await expect(page.getByText("Start a conversation")).toBeVisible();

  // And the blank chat works: the next question starts a new conversation.
  await page.getByTestId("chat-input").fill("A fresh start");
  await page.getByTestId("chat-input").press("Enter");
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("message-user")).toHaveCount(1);
  await expect(page.getByTestId("chat-title")).toHaveText("A fresh start");
});

test("a deleted conversation's address says it is gone", async ({ page, request }) => {
  const headers = await learner(page, request);
  const created = await request.post("/api/core/conversations", {
    headers,
    data: { title: "Soon deleted" },
  });
  const { id } = (await created.json()) as { id: string };
  expect((await request.delete(`/api/core/conversations/${id}`, { headers })).status()).toBe(204);

  await page.goto(`/chat/${id}`);
  await expect(page.getByTestId("conversation-gone")).toContainText("no longer exists");
  await expect(page.getByTestId("chat-title")).toHaveText("Conversation not found");
  await expect(page.getByText("Untitled conversation")).toHaveCount(0);
  await expect(page.getByTestId("chat-input")).toHaveCount(0);
});
