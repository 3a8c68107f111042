import { expect, test, type Page } from "@playwright/test";
import { createOrganization, uniqueName } from "../support";
import { bearer, signInAs } from "./helpers";

// A learner connects Google Calendar in the browser (consent at the local OAuth server that
// playwright.config.ts starts, never Google), sees their events on the home page, puts a Live
// session into the calendar, and disconnects. An org admin issues and revokes an integration token.

/** A toast by its text (an earlier one may still be showing). */
const toast = (page: Page, tone: "success" | "error", text: string) =>
  page.getByTestId(`toast-${tone}`).filter({ hasText: text }).first();

test("connect Google Calendar, see events, plan a session, disconnect", async ({
  page,
  request,
}) => {
  await signInAs(page, request);
  await page.goto("/home");
  await expect(page.getByTestId("upcoming-events")).toContainText("Connect your calendar");

  await page.goto("/integrations");
  const card = page.getByTestId("google-calendar-card");
  await card.getByTestId("google-calendar-connect").click();
  // Consent happens at the OAuth server, which sends the browser back through the callback.
  await expect(page).toHaveURL(/\/integrations$/);
  await expect(toast(page, "success", "Google Calendar connected")).toBeVisible();
  await expect(card.getByTestId("google-calendar-status")).toHaveText("Connected");
  await expect(card.getByTestId("google-calendar-account")).toHaveText("learner@example.com");
  await expect(card.getByTestId("google-calendar-scopes")).toContainText(
    "Read and add calendar events",
  );

  await page.goto("/home");
  await expect(page.getByTestId("upcoming-events-list")).toContainText("Team stand-up");

  await page.goto("/live");
  await page.getByTestId("add-to-calendar").click();
  const dialog = page.getByTestId("add-to-calendar-dialog");
  await dialog.getByLabel("Time").fill("07:30");
  await dialog.getByTestId("add-to-calendar-submit").click();
  await expect(toast(page, "success", "Added to your calendar")).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.goto("/integrations");
  await card.getByTestId("google-calendar-disconnect").click();
  await page.getByTestId("google-calendar-disconnect-confirm").click();
  await expect(toast(page, "success", "Google Calendar disconnected")).toBeVisible();
  await expect(card.getByTestId("google-calendar-connect")).toBeVisible();
  await expect(card.getByTestId("google-calendar-status")).toHaveCount(0);
});

test("a wrong or replayed state is refused with a message", async ({ page, request }) => {
  await signInAs(page, request);
  await page.goto("/api/integrations/google-calendar/callback?state=forged&code=whatever");
  await expect(page).toHaveURL(/\/integrations$/);
  await expect(toast(page, "error", "Google Calendar was not connected")).toBeVisible();
  await expect(page.getByTestId("google-calendar-connect")).toBeVisible();
});

test("an org admin issues an integration token, sees it once, and revokes it", async ({
  page,
  request,
}) => {
  const account = await signInAs(page, request);
  const headers = await bearer(request, account.username, account.password);
  const org = await createOrganization(request, headers, `Partners ${uniqueName("")}`);

  await page.goto("/integrations");
  const form = page.getByTestId("integration-token-form");
  await form.getByTestId("integration-token-origin").fill("https://partner.example");
  await form.getByTestId("integration-token-issue").click();
  const reveal = page.getByTestId("integration-token-reveal");
  const token = await reveal.getByTestId("integration-token-value").textContent();
  expect(token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  await reveal.getByTestId("integration-token-done").click();

  // A partner verifies it with the public keys.
  const jwks = await (await request.get(`/api/integration/jwks?tenantId=${org.tenant_id}`)).json();
  expect(jwks.keys).toHaveLength(1);

  const list = page.getByTestId("integration-tokens");
  await expect(list).toContainText("https://partner.example");
  await list.getByTestId("integration-token-revoke").click();
  const revoke = page.getByTestId("integration-token-revoke-dialog");
  await revoke.getByLabel("Reason").fill("Contract ended");
  await revoke.getByTestId("integration-token-revoke-confirm").click();
  await expect(toast(page, "success", "Token revoked")).toBeVisible();
  await expect(list).toContainText("Revoked: Contract ended");
  const verdict = await (
    await request.post("/api/integration/verify", { headers, data: { token } })
  ).json();
  expect(verdict).toMatchObject({ active: false, reason: "revoked" });
});
