import { expect, test } from "@playwright/test";
import { registerUser } from "../support";
import { expectAccessible } from "./axe";
import { SignInPage } from "./pages";

test("a learner chats with streaming, reloads mid-answer, renames, searches and deletes", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const account = await registerUser(request, { full_name: "Lea Learner" });
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Chat" }).click();
  await expect(page.getByTestId("offline-banner")).toBeVisible();
  await expectAccessible(page);

  const input = page.getByTestId("chat-input");
  await input.fill("What is photosynthesis?");
  await input.press("Enter");
  const answer = page.getByTestId("message-assistant").last();
  // It streams: part of the answer is there before all of it is.
  await expect(answer).toContainText("No language model");
  await expect(page.getByTestId("chat-stop")).toBeVisible();
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 20_000 });
  await expect(answer).toContainText("“Auto”");
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("conversation-What is photosynthesis")).toBeVisible();
  await answer.getByTestId("copy-answer").click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("No language model");

  // Reload while the second answer is being written: it is still there, and it finishes.
  await input.fill("Hello, can you help with chlorophyll?");
  await input.press("Enter");
  await expect(page.getByTestId("message-assistant").last()).toContainText("offline tutor");
  await page.reload();
  await expect(page.getByTestId("message-user").last()).toHaveText(
    "Hello, can you help with chlorophyll?",
  );
  await expect(page.getByTestId("message-assistant").last()).toContainText("“Auto”", {
    timeout: 20_000,
  });
  await expect(page.getByTestId("message-assistant")).toHaveCount(2);

  // A third turn without reloading: the stored turns replace the page's own copy, none lost.
  await input.fill("Thanks!");
  await input.press("Enter");
  await expect(page.getByTestId("chat-stop")).toBeVisible();
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("message-assistant")).toHaveCount(3);
  await expect(page.getByTestId("message-user")).toHaveCount(3);

  // Rename from the sidebar.
  await page.getByRole("button", { name: "Rename What is photosynthesis" }).click();
  await page.getByTestId("rename-input").fill("Plant biology");
  await page.getByTestId("rename-input").press("Enter");
  await expect(page.getByTestId("conversation-Plant biology")).toBeVisible();
  await expect(page.getByTestId("chat-title")).toHaveText("Plant biology");

  // A note beside the conversation.
  await page.getByTestId("toggle-notes").click();
  await page.getByTestId("new-note").click();
  await page.getByTestId("note-editor").getByLabel("Title").fill("Chlorophyll");
  await page.getByTestId("note-editor").getByLabel("Note").fill("Green pigment that absorbs light");
  await page.getByTestId("save-note").click();
  await expect(page.getByTestId("note-Chlorophyll")).toBeVisible();

  // Search everything from the header.
  await page.getByTestId("global-search").fill("which pigment absorbs light");
  await page.getByTestId("global-search").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.getByTestId("search-results");
  await expect(results).toContainText("Chlorophyll");
  await expect(results.locator("mark").first()).toBeVisible();
  await expectAccessible(page);
  await results.getByRole("link").first().click();
  // The result lands on its note or message, by anchor.
  await expect(page).toHaveURL(/\/chat\/[0-9a-f-]{36}#(note|message)-[0-9a-f-]{36}$/);

  // A note result opened the notes beside the conversation; close them before going phone-sized.
  if ((await page.getByTestId("toggle-notes").getAttribute("aria-pressed")) === "true")
    await page.getByTestId("toggle-notes").click();

  // On a phone the conversation list opens from the chat header.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId("phone-conversations").click();
  await expect(page.getByRole("dialog").getByText("Plant biology")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1280, height: 800 });

  // Delete, with confirmation.
  await page.getByTestId("delete-conversation-Plant biology").click();
  await expect(page.getByTestId("delete-conversation-Plant biology-dialog")).toContainText(
    "6 messages",
  );
  await page.getByTestId("delete-conversation-Plant biology-confirm").click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(page.getByTestId("conversation-Plant biology")).toHaveCount(0);
});

test("messages render Markdown but never raw HTML", async ({ page, request }) => {
  const account = await registerUser(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/chat");
  let alerted = false;
  page.on("dialog", async (d) => {
    alerted = true;
    await d.dismiss();
  });
  await page
    .getByTestId("chat-input")
    .fill('**bold** and <img src=x onerror="alert(1)"> and `code`');
  await page.getByTestId("chat-input").press("Enter");
  const question = page.getByTestId("message-user").last();
  await expect(question.locator("strong")).toHaveText("bold");
  await expect(question.locator("code")).toHaveText("code");
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("message-assistant").last()).toContainText("No language model");
  await expect(page.getByTestId("message-list").locator("img")).toHaveCount(0);
  expect(alerted).toBe(false);
});

test("a failed send keeps the typed message", async ({ page, request }) => {
  const account = await registerUser(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/chat");
  await page.route("**/api/core/chat", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({
        detail: { error: "provider_unavailable", message: "offline did not answer" },
      }),
    }),
  );
  await page.getByTestId("chat-input").fill("Please keep this text");
  await page.getByTestId("chat-input").press("Enter");
  await expect(page.getByTestId("chat-error")).toContainText("offline did not answer");
  await expect(page.getByTestId("chat-input")).toHaveValue("Please keep this text");
});
