import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { registerUser } from "../support";
import { SignInPage } from "./pages";

/** Signs an existing account in through the form. */
export async function signIn(page: Page, account: { username: string; password: string }) {
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(account.username, account.password);
  await expect(page).toHaveURL(/\/home$/);
}

/** Registers over REST and signs in through the form; answers the account. */
export async function signInAs(
  page: Page,
  request: APIRequestContext,
  overrides: Partial<Record<string, string>> = {},
) {
  const account = await registerUser(request, overrides);
  await signIn(page, account);
  return account;
}

/** A bearer token for an account, to set things up over REST. */
export async function bearer(request: APIRequestContext, username: string, password: string) {
  const login = await request.post("/api/auth/login", { form: { username, password } });
  const { access_token } = await login.json();
  return { authorization: `Bearer ${access_token}` };
}

/** How far the page scrolls sideways (0 when it fits). */
export function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Every element matched is inside the viewport's width: reachable without sideways scrolling. */
export async function expectWithinWidth(page: Page, selector: string) {
  const width = page.viewportSize()?.width ?? 0;
  const boxes = await page.locator(selector).evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, text: e.textContent ?? "" };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.left, `${box.text} starts off screen`).toBeGreaterThanOrEqual(0);
    expect(box.right, `${box.text} ends off screen`).toBeLessThanOrEqual(width);
  }
}
