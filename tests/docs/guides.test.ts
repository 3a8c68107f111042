import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GuideBody } from "@/app/docs/_components/guide-body";
import { readGuides } from "@/app/docs/_lib/content";
import {
  curlFor,
  GUIDES,
  parseExamples,
  shapeDifferences,
  substitute,
} from "@/app/docs/_lib/examples";
import { facts, fillFacts } from "@/app/docs/_lib/facts";
import { getEnv } from "@/server/platform/env";

const ORIGIN = "http://127.0.0.1:3240";

describe("the guides", () => {
  it("exist for every listed guide and render with this server's facts", () => {
    const guides = readGuides();
    expect(guides.map((g) => g.slug)).toEqual(GUIDES.map((g) => g.slug));
    for (const guide of guides) {
      expect(guide.description, guide.slug).not.toBe("");
      const markdown = fillFacts(guide.markdown, facts(ORIGIN));
      expect(markdown, guide.slug).not.toMatch(/\{\{fact/);
      const html = renderToStaticMarkup(createElement(GuideBody, { markdown, origin: ORIGIN }));
      expect(html, guide.slug).not.toContain("```");
    }
  });

  it("state limits as configured", () => {
    const env = getEnv();
    const values = facts(ORIGIN);
    expect(values.chat_daily_limits).toContain(String(env.CHAT_DAILY_LIMITS.free));
    expect(values.page_default).toBe("20");
    expect(values.page_max).toBe("100");
    expect(values.access_token_minutes).toBe(String(env.ACCESS_TOKEN_TTL_SECONDS / 60));
    expect(() => fillFacts("{{fact no_such_fact}}", values)).toThrow(/no_such_fact/);
  });

  it("show every example as a curl command against the server's origin", () => {
    const [example] = parseExamples(
      [
        "```http status=201 save=KEY:key_value",
        "POST /api/api-keys",
        "Authorization: Bearer $ACCESS_TOKEN",
        "Content-Type: application/json",
        "",
        '{ "name": "{{unique ci}}", "organization_id": "$ORG_ID" }',
        "```",
      ].join("\n"),
    );
    expect(curlFor(example!, ORIGIN)).toBe(
      [
        `curl -X POST ${ORIGIN}/api/api-keys \\`,
        '  -H "Authorization: Bearer $ACCESS_TOKEN" \\',
        '  -H "Content-Type: application/json" \\',
        `  -d '{ "name": "ci", "organization_id": "'$ORG_ID'" }'`,
      ].join("\n"),
    );
    expect(() => substitute("$NOPE", {})).toThrow(/\$NOPE/);
  });

  it("compare answers by shape", () => {
    const expected = { id: "x", items: [{ a: 1 }], note: null, detail: { error: "not_found" } };
    expect(
      shapeDifferences(expected, {
        id: "y",
        items: [{ a: 2 }],
        note: 3,
        detail: { error: "not_found" },
      }),
    ).toEqual([]);
    expect(
      shapeDifferences(expected, { id: 1, items: [{ b: 1 }], detail: { error: "forbidden" } }),
    ).toEqual([
      "$.note: missing from the answer",
      "$.id: expected string, got 1",
      "$.items[0].a: missing from the answer",
      "$.items[0].b: in the answer but not in the guide",
      '$.detail.error: expected "not_found", got "forbidden"',
    ]);
  });
});
