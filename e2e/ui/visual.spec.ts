import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createApiKey, createOrganization, registerUser, uniqueName } from "../support";
import { bearer, signIn } from "./helpers";

// Every page, at a desktop width in light and a phone width in dark: a full-page screenshot into
// .data/screenshots (git-ignored) to look at, and three checks that fail the run: sideways
// scrolling, interactive elements drawn over each other, and axe (WCAG 2.1 A/AA).
const OUT = ".data/screenshots";
const WIDTHS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

async function seed(request: APIRequestContext) {
  const admin = await registerUser(request, { full_name: "Ada Lovelace" });
  const member = await registerUser(request, { full_name: "Charles Babbage" });
  const headers = await bearer(request, admin.username, admin.password);
  const org = await createOrganization(request, headers, `Analytical ${uniqueName("")}`);
  const team = await (
    await request.post(`/api/organizations/${org.id}/teams`, { headers, data: { name: "Engines" } })
  ).json();
  await request.post(`/api/organizations/${org.id}/members`, {
    headers,
    data: { email: member.email, role: "manager", team_id: team.id },
  });
  await createApiKey(request, headers, {
    organization_id: org.id,
    name: "Reporting export",
    permissions: ["organizations:read", "conversations:read"],
  });
  const conversation = await (
    await request.post("/api/core/conversations", { headers, data: { title: "Bernoulli numbers" } })
  ).json();
  await request.post("/api/core/notes", {
    headers,
    data: {
      title: "Note G",
      content: "The first published algorithm, **step by step**.",
      conversation_id: conversation.id,
    },
  });
  const modules = await (await request.get("/api/xel/modules", { headers })).json();
  return { admin, org, moduleId: modules.items[0].id as string };
}

function pages(orgId: string, moduleId: string) {
  return {
    signedOut: ["/", "/sign-in", "/sign-up", "/no-such-page"],
    signedIn: [
      "/home",
      "/chat",
      "/notes",
      "/search?q=algorithm",
      "/knowledge",
      "/live",
      "/live/transcripts",
      "/english",
      "/english/dashboard",
      "/english/evaluate",
      `/english/modules/${moduleId}`,
      "/settings/profile",
      "/integrations",
      "/organizations",
      `/organizations/${orgId}/members`,
      `/organizations/${orgId}/teams`,
      `/organizations/${orgId}/api-keys`,
      `/organizations/${orgId}/settings`,
      `/organizations/${orgId}/audit-log`,
      `/organizations/${orgId}/stats`,
      "/docs/api",
      "/docs",
      "/docs/quickstart",
      "/docs/authentication",
      "/docs/conversations",
      "/docs/knowledge-base",
      "/docs/xentree-live",
      "/docs/organizations",
      "/docs/xentree-english",
      "/docs/errors-and-limits",
      "/docs/schemas",
    ],
  };
}

/** Pairs of visible interactive elements whose boxes overlap (neither inside the other). */
function overlaps(page: Page) {
  return page.evaluate(() => {
    const selector =
      "a[href], button, input:not([type=hidden]), select, textarea, [role=combobox], [role=radio], [tabindex]:not([tabindex='-1'])";
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter((e) => {
      const r = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      return r.width > 2 && r.height > 2 && style.visibility !== "hidden" && style.opacity !== "0";
    });
    const found: string[] = [];
    const name = (e: HTMLElement) =>
      `${e.tagName.toLowerCase()}"${(e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 30)}"`;
    for (let i = 0; i < visible.length; i++) {
      for (let j = i + 1; j < visible.length; j++) {
        const a = visible[i]!;
        const b = visible[j]!;
        if (a.contains(b) || b.contains(a)) continue;
        const ra = a.getBoundingClientRect();
        const rb = b.getBoundingClientRect();
        const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (w > 2 && h > 2) found.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    return found;
  });
}

/**
 * The API reference is Scalar's own document inside the app's frame: screenshotted, but not held
 * to the three checks. Its sidebar is built so that each group is a link with its open/close
 * button laid over it, which the overlap check flags for every group; no customCss
 * (components/docs/api-reference.tsx) changes that markup without breaking the toggle. Axe also
 * reports low contrast in its light-theme code samples (highlight.js classes, .request-method);
 * those are Scalar's colours, not yet re-themed. It does not scroll sideways at either width.
 */
const THIRD_PARTY = ["/docs/api"];

async function check(page: Page, path: string, label: string) {
  await page.waitForLoadState("networkidle");
  // Skeletons settle into content; the reference renders its own document.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
  const file = `${OUT}/${label}.png`;
  await page.screenshot({ path: file, fullPage: true });
  if (THIRD_PARTY.includes(path)) return;
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect.soft(overflow, `${path} (${label}) scrolls sideways`).toBeLessThanOrEqual(0);
  expect.soft(await overlaps(page), `${path} (${label}) has overlapping controls`).toEqual([]);
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect
    .soft(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      `${path} (${label}) axe`,
    )
    .toEqual([]);
}

function slug(path: string) {
  return (
    path
      .replace(/\/organizations\/[0-9a-f-]{36}/, "/org")
      .replace(/\/modules\/[^/]+$/, "/module")
      .replace(/[^a-z0-9]+/gi, "-")
      .replace(/^-|-$/g, "") || "landing"
  );
}

// Two journeys that may run at once (the longest part of the suite, spread over the workers):
// every page at the desktop width in light and at the phone width in dark, axe on each. What
// depends on the theme (colours, contrast) does not depend on the width, and what depends on the
// width (which controls show, sideways scrolling, overlaps) not on the theme; all four
// combinations took a quarter of the CI's time. `VISUAL_ALL=1` visits all four.
test.describe.configure({ mode: "parallel" });

const COMBINATIONS = process.env.VISUAL_ALL
  ? (["light", "dark"] as const).flatMap((scheme) => WIDTHS.map((size) => ({ scheme, size })))
  : [
      { scheme: "light" as const, size: WIDTHS[0] },
      { scheme: "dark" as const, size: WIDTHS[1] },
    ];

for (const { scheme, size } of COMBINATIONS) {
  test(`every page looks right at ${size.width} px (${scheme})`, async ({ page, request }) => {
    test.setTimeout(600_000); // 25 pages, axe on each
    const { admin, org, moduleId } = await seed(request);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await page.setViewportSize({ width: size.width, height: size.height });
    const list = pages(org.id, moduleId);
    const visit = async (path: string) => {
      await page.goto(path);
      await check(page, path, `${slug(path)}-${size.name}-${scheme}`);
    };
    for (const path of list.signedOut) await visit(path);
    await signIn(page, admin);
    for (const path of list.signedIn) await visit(path);
  });
}
