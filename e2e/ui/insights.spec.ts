import { expect, test } from "@playwright/test";
import { createOrganization, registerUser, uniqueName } from "../support";
import { guess, type Task } from "../xel-support";
import { bearer, signIn } from "./helpers";

// The organization's Statistics tab (docs/admin-stats.md) and learning time in a conversation
// (docs/learning-time.md), in the browser.

test("an owner reads the statistics, drills into a member and exports CSV; a member cannot", async ({
  page,
  request,
  browser,
}) => {
  const owner = await registerUser(request, { full_name: "Grace Hopper" });
  const learner = await registerUser(request, { full_name: "Katherine Johnson" });
  const ownerHeaders = await bearer(request, owner.username, owner.password);
  const org = await createOrganization(request, ownerHeaders, `Stats ${uniqueName("")}`);
  const team = await (
    await request.post(`/api/organizations/${org.id}/teams`, {
      headers: ownerHeaders,
      data: { name: "Orbit" },
    })
  ).json();
  expect(
    (
      await request.post(`/api/organizations/${org.id}/members`, {
        headers: ownerHeaders,
        data: { email: learner.email, role: "member", team_id: team.id },
      })
    ).status(),
  ).toBe(201);

  // The learner earns XP: one task answered right (a wrong first guess is answered again).
  const headers = await bearer(request, learner.username, learner.password);
  const modules = await (await request.get("/api/xel/modules", { headers })).json();
  const opened = await (
    await request.get(`/api/xel/modules/${modules.items[0].id}`, { headers })
  ).json();
  const task = (opened.tasks as Task[])[0]!;
  let graded = await (
    await request.post(`/api/xel/tasks/${task.id}/submit`, {
      headers,
      data: { response: guess(task) },
    })
  ).json();
  if (!graded.is_correct) {
    graded = await (
      await request.post(`/api/xel/tasks/${task.id}/submit`, {
        headers,
        data: { response: graded.correct_answer },
      })
    ).json();
  }
  expect(graded.xp_awarded).toBe(10);

  await signIn(page, owner);
  await page.goto(`/organizations/${org.id}/members`);
  await page
    .getByRole("navigation", { name: "Organization" })
    .getByRole("link", { name: "Statistics" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/organizations/${org.id}/stats$`));
  const totals = page.getByTestId("stats-totals");
  await expect(totals).toContainText("1 / 2");
  await expect(totals).toContainText("10");
  await expect(page.getByTestId("chart-xp").getByRole("img")).toHaveAttribute(
    "aria-label",
    /10 XP in all/,
  );
  const row = page.getByTestId(`stats-member-${learner.username}`);
  await expect(row).toContainText("Katherine Johnson");

  // Search narrows the list; the drill-down shows the member's own figures.
  await page.getByLabel("Find a member").fill("katherine");
  await expect(page.getByTestId(`stats-member-${owner.username}`)).toHaveCount(0);
  await row.click();
  const sheet = page.getByTestId("stats-member-sheet");
  await expect(sheet).toContainText("Katherine Johnson");
  await expect(sheet).toContainText("Orbit");
  await expect(sheet.getByTestId("member-chart-xp").getByRole("img")).toHaveAttribute(
    "aria-label",
    /10 XP in all/,
  );
  await page.keyboard.press("Escape");

  // The CSV link answers a file with the member in it.
  const href = await page.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toContain("user_id,username");
  expect(text).toContain(learner.username);

  // A plain member has no Statistics tab, and the page refuses them.
  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, learner);
  await other.goto(`/organizations/${org.id}/members`);
  await expect(
    other.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Members" }),
  ).toBeVisible();
  await expect(
    other
      .getByRole("navigation", { name: "Organization" })
      .getByRole("link", { name: "Statistics" }),
  ).toHaveCount(0);
  await other.goto(`/organizations/${org.id}/stats`);
  await expect(other.getByText("Statistics are for the organization")).toBeVisible();
  const refused = await other.request.get(`/api/v1/admin/stats/engagement?org_id=${org.id}`);
  expect(refused.status()).toBe(403);
  await context.close();
});

test("a conversation open in the browser counts learning time, and ends when the page goes", async ({
  page,
  request,
}) => {
  const account = await registerUser(request);
  const headers = await bearer(request, account.username, account.password);
  const conversation = await (
    await request.post("/api/core/conversations", { headers, data: { title: "Orbits" } })
  ).json();
  const status = async () =>
    (
      await request.get(`/api/core/conversations/${conversation.id}/session/status`, { headers })
    ).json();
  await signIn(page, account);
  await page.goto(`/chat/${conversation.id}`);
  await expect.poll(async () => (await status()).active).toBe(true);
  // Leaving the conversation ends the session.
  await page.goto("/home");
  await expect.poll(async () => (await status()).active).toBe(false);
  expect(await status()).toMatchObject({ session_count: 1, session: { status: "ended" } });
});
