import { expect, it } from "vitest";
import { readGuides } from "@/app/docs/_lib/content";
import { runExamples } from "@/app/docs/_lib/examples";
import { describeEachDatabase } from "@/tests/databases";
import { inProcessFetch } from "@/tests/in-process-fetch";

// The guides' examples (content/docs), run in order through the route handlers on each database;
// e2e/api/docs-examples.spec.ts runs the same against a running server. A changed status or
// answer shape fails here, so the guides cannot drift from the code.
describeEachDatabase("the guides' examples", () => {
  it("answer as the guides say", async () => {
    const outcomes = await runExamples(
      readGuides(),
      async ({ method, path, headers, body }) => {
        const response = await inProcessFetch(
          new Request(`http://localhost${path}`, { method, headers, body }),
        );
        return { status: response.status, text: await response.text() };
      },
      Date.now().toString(36),
    );
    expect(outcomes.filter((o) => o.problems.length > 0)).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(5);
  }, 240_000);
});
