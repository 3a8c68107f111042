import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signedInClient } from "../support";
import { SignInPage } from "./pages";

async function learner(page: Page, request: APIRequestContext) {
  const { account, headers } = await signedInClient(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
  return headers;
}

async function note(request: APIRequestContext, headers: Record<string, string>, data: object) {
  const response = await request.post("/api/core/notes", { headers, data });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string };
}

test("on a phone, search works end to end and a note result opens the note", async ({
  page,
  request,
}) => {
  const headers = await learner(page, request);
  const { id } = await note(request, headers, {
    title: "Chlorophyll",
    content: "**Chlorophyll** is the green [pigment](https://example.com/pigments) in leaves.",
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/home");
  await page.getByRole("link", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search$/);
  const box = page.getByTestId("page-search");
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  await expect(page.getByText("search box above")).toHaveCount(0);
  await box.fill("green pigment");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=green/);
  const results = page.getByTestId("search-results");
  await expect(results.locator("mark").first()).toBeVisible();
  // The snippet reads as text: no Markdown markers, no link syntax.
  const snippet = await results.locator("p").first().innerText();
  expect(snippet).not.toMatch(/\*\*|\]\(|https?:/);
  await results.getByRole("link", { name: /Chlorophyll/ }).click();
  await expect(page).toHaveURL(new RegExp(`/notes#note-${id}$`));
  const opened = page.locator(`#note-${id}`);
  await expect(opened).toHaveAttribute("data-highlighted", "true");
  await expect(opened).toBeInViewport();
});

test("a message result opens its conversation at that message, highlighted", async ({
  page,
  request,
}) => {
  const headers = await learner(page, request);
  const conversation = (await (
    await request.post("/api/core/conversations", { headers, data: { title: "Cells" } })
  ).json()) as { id: string };
  const questions = [
    "What do mitochondria do in a cell?",
    "How do ribosomes build proteins?",
    "What does the Golgi apparatus do?",
    "Why do plant cells have walls?",
  ];
  for (const message of questions) {
    const answer = await request.post("/api/core/chat", {
      headers,
      data: { message, provider: "auto", conversation_id: conversation.id },
      timeout: 30_000,
    });
    expect(answer.status()).toBe(200);
  }
  const noteInChat = await note(request, headers, {
    title: "Mitochondria",
    content: "The powerhouse of the cell",
    conversation_id: conversation.id,
  });

  await page.goto("/home");
  // `/` focuses the search box from anywhere that is not a text field (pressed again until the
  // page has hydrated and listens: a fast machine presses before React attaches the shortcut).
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page.getByTestId("global-search")).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByTestId("global-search").fill("mitochondria");
  await page.getByTestId("global-search").press("Enter");
  const results = page.getByTestId("search-results");
  const messageLink = results.getByRole("link").filter({ hasText: "Message" }).first();
  const href = (await messageLink.getAttribute("href"))!;
  expect(href).toMatch(new RegExp(`^/chat/${conversation.id}#message-[0-9a-f-]{36}$`));
  await messageLink.click();
  const target = page.locator(`#${href.split("#")[1]}`);
  await expect(target).toHaveAttribute("data-highlighted", "true");
  await expect(target).toBeInViewport();
  await expect(target).toContainText(/mitochondria/i);

  // Ctrl+K works even from the composer; a note result opens the notes beside its conversation.
  await page.getByTestId("chat-input").click();
  await page.keyboard.press("Control+k");
  await expect(page.getByTestId("global-search")).toBeFocused();
  await page.getByTestId("global-search").fill("powerhouse");
  await page.getByTestId("global-search").press("Enter");
  await results
    .getByRole("link", { name: /Mitochondria/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`#note-${noteInChat.id}$`));
  await expect(page.locator(`#note-${noteInChat.id}`)).toHaveAttribute("data-highlighted", "true");
});
