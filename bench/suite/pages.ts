// Pages: the first-load JavaScript of every page of e2e/ui/visual.spec.ts in a real browser, and
// the server's memory (RSS) when started and idle after every page was served once.
import { readFileSync } from "node:fs";
import type { Instance } from "../lib/instances.ts";
import { record } from "./report.ts";
import { settings } from "./settings.ts";
import { call, type World } from "./world.ts";

/** The pages of e2e/ui/visual.spec.ts, read from its `pages()` list. */
function pageList(orgId: string, moduleId: string) {
  const source = readFileSync("e2e/ui/visual.spec.ts", "utf8");
  const body = source.slice(
    source.indexOf("function pages("),
    source.indexOf("\n}\n", source.indexOf("function pages(")),
  );
  const found = [...body.matchAll(/["`](\/[^"`]*)["`]/g)].map((m) =>
    m[1]!.replace("${orgId}", orgId).replace("${moduleId}", moduleId),
  );
  const signedOutEnd = body.indexOf("signedIn");
  const signedOut = [...body.slice(0, signedOutEnd).matchAll(/["`](\/[^"`]*)["`]/g)].length;
  return {
    signedOut: found.slice(0, signedOut),
    signedIn: found.slice(signedOut).filter((p) => !p.includes("${")),
  };
}

export async function pageWeights(
  world: World,
  label: string,
  report: boolean,
  instance?: Instance,
) {
  const { chromium } = await import("@playwright/test");
  const modules = (await call(world.base, "GET", "/api/xel/modules", undefined, world.bearer)) as {
    items: Array<{ id: string }>;
  };
  const lists = pageList(world.orgId, modules.items[0]?.id ?? "none");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  const weights: Array<{ page: string; kb: number }> = [];
  try {
    const signIn = await browser.newContext({ baseURL: world.base });
    const page = await signIn.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Username or email").fill(world.username);
    await page.getByLabel("Password").fill(world.password);
    await page.getByTestId("sign-in-submit").click();
    await page.waitForURL(/\/home$/);
    const state = await signIn.storageState();
    await signIn.close();
    for (const [signedIn, list] of [
      [false, lists.signedOut],
      [true, lists.signedIn],
    ] as const) {
      for (const url of list) {
        // A fresh context each time: an empty cache, as a first visit.
        const context = await browser.newContext({
          baseURL: world.base,
          ...(signedIn && { storageState: state }),
        });
        const p = await context.newPage();
        const scripts: Array<Promise<number>> = [];
        p.on("requestfinished", (request) => {
          if (request.resourceType() === "script")
            scripts.push(
              request.sizes().then((s) => {
                // BENCH_PAGES_DETAIL=1: each script of each page, to see what a page pulls in.
                if (settings.pagesDetail)
                  console.log(
                    `  ${url} ${(s.responseBodySize / 1024).toFixed(1)} kB ${request.url()}`,
                  );
                return s.responseBodySize;
              }),
            );
        });
        await p.goto(url, { waitUntil: "networkidle" });
        const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
        weights.push({
          page: url
            .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, "{id}")
            .replace(/\/modules\/[^/?]+/, "/modules/{id}"),
          kb: bytes / 1024,
        });
        // BENCH_PAGES_DETAIL=1 also shows the server's RSS after each page, to see what grows it.
        if (settings.pagesDetail && instance)
          console.log(`  ${url}: server RSS ${rssMb(instance).toFixed(0)} MB`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (report) {
    for (const w of weights) {
      const docs = w.page.startsWith("/docs");
      record(
        `${label}: first-load JS ${w.page}`,
        `${w.kb.toFixed(0)} kB`,
        docs ? "≤ 200 kB (docsite's)" : "≤ 200 kB",
        w.kb <= 200,
        "BENCH_ONLY=pages npm run bench",
      );
    }
  }
  return weights;
}

export function rssMb(instance: Instance) {
  const status = readFileSync(`/proc/${instance.process.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * Run on a fresh instance right after every page was served once (pageWeights), before any load.
 * The figure is the settled one, 30 s after the last page: V8 shrinks its heap some 10 s into
 * idleness (its memory reducer), so the reading at 10 s that this suite used to take landed
 * before or after that by chance (PostgreSQL 222–399 MB over runs). Both are printed.
 */
export async function idleMemory(
  instance: Instance,
  label: string,
  target: boolean,
  atStart: number,
) {
  await new Promise((r) => setTimeout(r, 10_000));
  const at10 = rssMb(instance);
  await new Promise((r) => setTimeout(r, 20_000));
  const mb = rssMb(instance);
  // BENCH_PAGES_DETAIL=1: what the resident memory is (anonymous: heaps and malloc; file: code).
  if (settings.pagesDetail) {
    const rollup = readFileSync(`/proc/${instance.process.pid}/smaps_rollup`, "utf8");
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(rollup)?.[1] ?? 0);
    console.log(
      `  ${label} idle: anonymous ${(kb("Anonymous") / 1024).toFixed(0)} MB, file-backed ${((kb("Rss") - kb("Anonymous")) / 1024).toFixed(0)} MB`,
    );
  }
  record(
    `${label}: idle RSS, fresh server, 30 s after every page served once`,
    `${mb.toFixed(0)} MB (${at10.toFixed(0)} at 10 s, ${atStart.toFixed(0)} when started)`,
    target ? "≤ 200 MB" : "(beside PostgreSQL's)",
    target ? mb <= 200 : null,
    "BENCH_ONLY=memory npm run bench",
  );
}
