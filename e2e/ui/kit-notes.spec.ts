import { expect, test } from "@playwright/test";
import { registerUser } from "../support";
import { bearer, signIn } from "./helpers";

test("the Notes page says which conversation a note belongs to, with even Edit and Delete", async ({
  page,
  request,
}) => {
  const account = await registerUser(request);
  const headers = await bearer(request, account.username, account.password);
  const conversation = await (
    await request.post("/api/core/conversations", { headers, data: { title: "Bernoulli numbers" } })
  ).json();
  await request.post("/api/core/notes", {
    headers,
    data: { title: "Note G", content: "The first algorithm", conversation_id: conversation.id },
  });
  await signIn(page, account);
  await page.goto("/notes");
  const card = page.getByTestId("note-Note G");
  const link = card.getByTestId("note-conversation");
  await expect(link).toHaveText("In: Bernoulli numbers");
  await expect(link).toHaveAttribute("href", `/chat/${conversation.id}`);

  const edit = card.getByRole("button", { name: "Edit" });
  const remove = card.getByRole("button", { name: "Delete" });
  const [e, d] = await Promise.all([edit.boundingBox(), remove.boundingBox()]);
  expect(Math.round(e?.height ?? 0)).toBe(Math.round(d?.height ?? -1));
  const colour = (l: typeof edit) => l.evaluate((el) => getComputedStyle(el).color);
  expect(await colour(remove)).not.toBe(await colour(edit));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/chat/${conversation.id}$`));
});
