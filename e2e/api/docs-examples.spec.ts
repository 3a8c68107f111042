import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { GUIDES, runExamples } from "../../app/docs/_lib/examples";

// Every example of the guides (content/docs/*.md), in reading order, against the running server:
// the request as the page shows it, the status and the answer's shape as the page states them.
// Values one example saves ($ACCESS_TOKEN, $ORG_ID …) feed the later ones.
test("the guides' examples run against the server as written", async ({ request }) => {
  test.setTimeout(180_000);
  const guides = GUIDES.map((g) => ({
    slug: g.slug,
    markdown: readFileSync(path.join("content", "docs", `${g.slug}.md`), "utf8"),
  }));
  const outcomes = await runExamples(
    guides,
    async ({ method, path: url, headers, body }) => {
      const response = await request.fetch(url, { method, headers, data: body });
      return { status: response.status(), text: await response.text() };
    },
    Date.now().toString(36),
  );
  expect(outcomes.length).toBeGreaterThan(20);
  expect(
    outcomes
      .filter((o) => o.problems.length > 0)
      .map((o) => ({ guide: o.guide, example: o.example, problems: o.problems })),
  ).toEqual([]);
});

test("the guides' pages show each example as a curl command against this server", async ({
  request,
  baseURL,
}) => {
  const page = await request.get("/docs/quickstart");
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain(`curl -X POST ${baseURL}/api/auth/register`);
  const index = await request.get("/docs/search-index");
  expect(index.status()).toBe(200);
  const entries = (await index.json()) as Array<{ href: string; heading: string }>;
  expect(entries.map((e) => e.href)).toContain("/docs/quickstart#5-call-the-api-with-the-key");
});
