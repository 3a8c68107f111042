import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signedInClient } from "../support";
import { SignInPage } from "./pages";

const LONG_TITLE =
  "A long conversation title about the causes of the French Revolution and its consequences";

/** Signs in and makes a conversation with a long title (REST); answers its id. */
async function conversationWithLongTitle(page: Page, request: APIRequestContext) {
  const { account, headers } = await signedInClient(request);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
  const response = await request.post("/api/core/conversations", {
    headers,
    data: { title: LONG_TITLE },
  });
  return ((await response.json()) as { id: string }).id;
}

type Sample = { top: number; picker: string | null; banner: boolean };

test("the chat header holds still: one row, the right model at once, the banner at once", async ({
  page,
  request,
}) => {
  const id = await conversationWithLongTitle(page, request);
  // Every frame from the first: where the Notes button is, what the picker says, the banner.
  await page.addInitScript(() => {
    const samples: Sample[] = [];
    (window as unknown as { samples: Sample[] }).samples = samples;
    const tick = () => {
      const notes = document.querySelector("[data-testid=toggle-notes]");
      if (notes) {
        const picker = document.querySelector<HTMLSelectElement>("[data-testid=model-picker]");
        samples.push({
          top: Math.round(notes.getBoundingClientRect().top),
          picker: picker?.selectedOptions[0]?.textContent ?? null,
          banner: document.querySelector("[data-testid=offline-banner]") !== null,
        });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`/chat/${id}`);
  await expect(page.getByTestId("chat-title")).toHaveText(LONG_TITLE);
  await page.waitForTimeout(500);
  const samples = await page.evaluate(() => (window as unknown as { samples: Sample[] }).samples);
  expect(samples.length).toBeGreaterThan(5);
  expect(new Set(samples.map((s) => s.top)).size).toBe(1);
  expect(new Set(samples.map((s) => s.picker))).toEqual(new Set(["Auto (Offline tutor)"]));
  expect(samples.every((s) => s.banner)).toBe(true);
  // The title gives way to the controls: they share its row.
  const title = (await page.getByTestId("chat-title").boundingBox())!;
  const notes = (await page.getByTestId("toggle-notes").boundingBox())!;
  expect(Math.abs(title.y + title.height / 2 - (notes.y + notes.height / 2))).toBeLessThan(4);

  // On a phone the header is one compact row too.
  await page.setViewportSize({ width: 390, height: 844 });
  const header = (await page
    .getByRole("region", { name: "Chat" })
    .locator("header")
    .boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(56);
  const list = (await page.getByTestId("message-list").boundingBox())!;
  expect(list.y).toBeLessThanOrEqual(150);
});

test("with notes open at 1280 the chat keeps a readable column and the composer works", async ({
  page,
  request,
}) => {
  const id = await conversationWithLongTitle(page, request);
  await page.goto(`/chat/${id}`);
  await page.getByTestId("toggle-notes").click();
  const notes = page.getByTestId("notes-panel");
  await expect(notes).toBeVisible();
  const chat = (await page.getByRole("region", { name: "Chat" }).boundingBox())!;
  expect(chat.width).toBeGreaterThanOrEqual(640);
  await page.screenshot({ path: "test-results/screenshots/chat-notes-1280.png" });
  const send = (await page.getByTestId("chat-send").boundingBox())!;
  const panel = (await notes.boundingBox())!;
  expect(send.x + send.width).toBeLessThanOrEqual(panel.x);
  await page.getByTestId("chat-input").fill("Notes stay open while I ask");
  await page.getByTestId("chat-input").press("Enter");
  await expect(page.getByTestId("message-user")).toHaveText("Notes stay open while I ask");
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 20_000 });
});

test("on a phone the notes open full-screen over the chat, and the composer is back after", async ({
  page,
  request,
}) => {
  const id = await conversationWithLongTitle(page, request);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/chat/${id}`);
  await page.screenshot({ path: "test-results/screenshots/chat-phone-dark.png" });
  await page.getByTestId("toggle-notes").click();
  const sheet = page.getByTestId("notes-sheet");
  await expect(sheet).toBeVisible();
  const box = (await sheet.boundingBox())!;
  expect([box.x, Math.round(box.width)]).toEqual([0, 390]);
  // Nothing of the chat floats over the notes: the send button is covered.
  const covered = await page.evaluate(() => {
    const send = document.querySelector("[data-testid=chat-send]")!.getBoundingClientRect();
    const hit = document.elementFromPoint(send.x + send.width / 2, send.y + send.height / 2);
    return hit?.closest("[data-testid=notes-sheet]") !== null;
  });
  expect(covered).toBe(true);
  await sheet.getByTestId("new-note").click();
  await sheet.getByLabel("Title").fill("Dates");
  await sheet.getByLabel("Note", { exact: true }).fill("1789: the Estates-General meets");
  await sheet.getByTestId("save-note").click();
  await expect(sheet.getByTestId("note-Dates")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/chat-notes-phone-dark.png" });
  await sheet.getByRole("button", { name: "Close", exact: true }).click();
  await expect(sheet).toHaveCount(0);
  await page.getByTestId("chat-input").fill("What happened in 1789?");
  await page.getByTestId("chat-input").press("Enter");
  await expect(page.getByTestId("message-user")).toHaveText("What happened in 1789?");
});
