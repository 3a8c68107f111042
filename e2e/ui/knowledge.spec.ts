import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { signInAs } from "./helpers";

const STALL =
  "# Stall and spin\n\nA wing stalls when the angle of attack exceeds the critical angle and the airflow separates from the upper surface.\n\n## Recovery\n\nTo recover from a stall, lower the nose to reduce the angle of attack.\n";

test("a user uploads documents, sees them ready, asks the chat with knowledge on and opens a citation", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, request);
  await page.goto("/knowledge");
  await expect(page.getByTestId("upload-zone")).toBeVisible();

  // Two files at once: each gets its own progress bar, which fills.
  await page.getByTestId("upload-input").setInputFiles([
    { name: "stall.md", mimeType: "text/markdown", buffer: Buffer.from(STALL) },
    {
      name: "checklist.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Before take-off, check the flaps, the trim and the fuel selector."),
    },
  ]);
  const items = page.getByTestId("upload-item");
  await expect(items).toHaveCount(2);
  for (const name of ["stall.md", "checklist.txt"]) {
    const bar = page.getByRole("progressbar", { name: `Uploading ${name}` });
    await expect(bar).toHaveAttribute("value", "1");
    await expect(items.filter({ hasText: name })).toContainText("Uploaded");
  }

  // Ingestion runs in the background; the list shows each document's state until it is ready.
  // The Markdown file is titled by its first heading.
  const stall = page.getByTestId("document").filter({ hasText: "Stall and spin" });
  await expect(stall).toHaveAttribute("data-status", "ready", { timeout: 30_000 });
  await expect(stall.getByTestId("document-status")).toHaveText("Ready");
  await expect(page.getByTestId("document").filter({ hasText: "checklist" })).toHaveAttribute(
    "data-status",
    "ready",
    { timeout: 30_000 },
  );

  // The try-a-query panel shows ranked passages with their scores.
  await page.getByTestId("try-query-input").fill("how do I recover from a stall?");
  await page.getByTestId("try-query-input").press("Enter");
  const results = page.getByTestId("try-query-results");
  await expect(results.getByRole("listitem").first()).toContainText("Recovery");
  await expect(results.getByRole("listitem").first()).toContainText(/\d+\.\d{2}/);
  await expectAccessible(page);

  // The chat, answering from the knowledge base: the answer cites the passage it used.
  await page.goto("/chat");
  const toggle = page.getByTestId("use-knowledge");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const input = page.getByTestId("chat-input");
  await input.fill("When does a wing stall?");
  await input.press("Enter");
  const answer = page.getByTestId("message-assistant").last();
  await expect(page.getByTestId("chat-send")).toBeVisible({ timeout: 30_000 });
  await expect(answer).toContainText("[1]");
  const citation = answer.getByTestId("citation").first();
  await expect(citation).toContainText("Stall and spin");
  await expect(citation.getByTestId("citation-passage")).toBeHidden();
  await citation.locator("summary").click();
  await expect(citation.getByTestId("citation-passage")).toBeVisible();
  await expect(citation.getByTestId("citation-passage")).toContainText("critical angle");
});

test("a document uploaded while the list is still loading shows in it", async ({
  page,
  request,
}) => {
  await signInAs(page, request);
  // The list's first answer, read before the upload, arrives after it (as on a busy server).
  let delayed = false;
  await page.route("**/api/trpc/knowledge.list*", async (route) => {
    const response = await route.fetch();
    if (!delayed) {
      delayed = true;
      await new Promise((r) => setTimeout(r, 3000));
    }
    await route.fulfill({ response });
  });
  await page.goto("/knowledge");
  await page.getByTestId("upload-input").setInputFiles([
    {
      name: "early.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Flaps add lift at low speed."),
    },
  ]);
  await expect(page.getByTestId("upload-item").filter({ hasText: "early.txt" })).toContainText(
    "Uploaded",
  );
  await expect(page.getByTestId("document").filter({ hasText: "early" })).toHaveAttribute(
    "data-status",
    "ready",
    { timeout: 30_000 },
  );
});
