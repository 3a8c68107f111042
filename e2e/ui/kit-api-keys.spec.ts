import { expect, test } from "@playwright/test";
import { createOrganization, registerUser, uniqueName } from "../support";
import { bearer, signIn } from "./helpers";

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 390, height: 700 },
]) {
  test(`the new-key dialog keeps Create in view and clears fixed errors (${viewport.width})`, async ({
    page,
    request,
  }) => {
    const admin = await registerUser(request);
    const headers = await bearer(request, admin.username, admin.password);
    const org = await createOrganization(request, headers, `Keys ${uniqueName("")}`);
    await page.setViewportSize(viewport);
    await signIn(page, admin);
    await page.goto(`/organizations/${org.id}/api-keys`);
    await page.getByTestId("create-api-key").click();
    const dialog = page.getByTestId("create-api-key-dialog");
    await expect(dialog.getByTestId("scope-row-api")).toBeVisible();
    const submit = dialog.getByTestId("create-api-key-submit");
    await expect(submit).toBeInViewport({ ratio: 1 });

    // "Everything" lines up with the other areas' Read and Write columns.
    const readOf = (area: string) =>
      dialog.getByTestId(`scope-row-${area}`).getByRole("checkbox").first().boundingBox();
    const [everything, orgs] = await Promise.all([readOf("api"), readOf("organizations")]);
    expect(Math.abs((everything?.x ?? 0) - (orgs?.x ?? 1))).toBeLessThan(1);

    await submit.click();
    await expect(dialog.getByText("Choose at least one scope")).toBeVisible();
    await expect(dialog.getByText("Enter a name")).toBeVisible();
    await dialog.getByLabel("Name").fill("Sync");
    await expect(dialog.getByText("Enter a name")).toHaveCount(0);
    await expect(dialog.getByText("Choose at least one scope")).toBeVisible();
    await dialog.getByRole("checkbox", { name: "Read Organizations" }).check();
    await expect(dialog.getByText("Choose at least one scope")).toHaveCount(0);
    await submit.click();

    const reveal = page.getByTestId("api-key-reveal");
    await expect(reveal).toContainText("It will not be shown again");
    await page.keyboard.press("Escape");
    await expect(reveal).toBeVisible();
    await expect(reveal.getByTestId("api-key-close-check")).toContainText("Did you save the key?");
    await reveal.getByRole("button", { name: "Back to the key" }).click();
    await expect(reveal.getByTestId("api-key-close-check")).toHaveCount(0);
    await reveal.getByTestId("api-key-reveal-close").click();
    await expect(reveal.getByTestId("api-key-close-check")).toBeVisible();
    await reveal.getByTestId("api-key-close-anyway").click();
    await expect(reveal).toBeHidden();
    await expect(page.getByTestId("api-key-Sync")).toBeVisible();
  });
}
