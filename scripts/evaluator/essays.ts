import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkText } from "../../server/xel/evaluator/check.ts";
import { loadCheckers } from "../../server/xel/evaluator/checkers.ts";
import { extractFeatures, featureVector } from "../../server/xel/evaluator/features.ts";
import { parseCsv } from "./csv.ts";

/**
 * The ELLIPSE essays (../shared/data/ellipse-dev, CC BY-NC-SA 4.0: read there, never copied into
 * the repository) and their features. Features are cached in .data/ (git-ignored) keyed by the
 * feature list, so refitting does not re-run the checkers.
 */
export const CRITERIA = [
  "cohesion",
  "syntax",
  "vocabulary",
  "phraseology",
  "grammar",
  "conventions",
] as const;
export const TARGETS = [...CRITERIA, "overall"] as const;
export type Target = (typeof TARGETS)[number];

export type Essay = { id: string; prompt: string; text: string; scores: Record<Target, number> };
export type EssayFeatures = { x: number[][]; essays: Essay[]; msPerEssay: number[] };

/** `../shared/data/ellipse-dev` beside the checkout (or beside its parent, for a worktree). */
export function essaysPath(): string {
  const repo = path.resolve(import.meta.dirname, "../..");
  const candidates = [
    path.join(repo, "../shared/data/ellipse-dev/essays.csv"),
    path.join(repo, "../../shared/data/ellipse-dev/essays.csv"),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`essays.csv not found; looked at ${candidates.join(", ")}`);
  return found;
}

export function readEssays(): Essay[] {
  const rows = parseCsv(readFileSync(essaysPath(), "utf8"));
  return rows.map((r) => ({
    id: r.text_id!,
    prompt: r.prompt!,
    text: r.full_text!,
    scores: Object.fromEntries(TARGETS.map((t) => [t, Number(r[t])])) as Record<Target, number>,
  }));
}

export async function essayFeatures(options: { cache: boolean }): Promise<EssayFeatures> {
  const essays = readEssays();
  const checkers = await loadCheckers();
  const cacheFile = path.resolve(import.meta.dirname, "../../.data/evaluator-features.json");
  const key = featureVector(extractFeatures(checkers, "a", await checkText(checkers, "a"))).length;
  if (options.cache && existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as EssayFeatures & { key: number };
    if (cached.key === key && cached.x.length === essays.length) return { ...cached, essays };
  }
  const x: number[][] = [];
  const msPerEssay: number[] = [];
  for (const [i, e] of essays.entries()) {
    const t0 = performance.now();
    const checked = await checkText(checkers, e.text);
    x.push(featureVector(extractFeatures(checkers, e.text, checked)));
    msPerEssay.push(performance.now() - t0);
    if ((i + 1) % 100 === 0) process.stderr.write(`features: ${i + 1}/${essays.length}\n`);
  }
  mkdirSync(path.dirname(cacheFile), { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, x, msPerEssay }));
  return { x, essays, msPerEssay };
}
